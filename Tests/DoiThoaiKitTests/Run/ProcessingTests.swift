import XCTest
@testable import DoiThoaiKit

final class ProcessingTests: XCTestCase {
    func snapshot() -> CampaignSnapshot { Fixtures.snapshot() }

    func testEveryQuestionIsGroupedClassifiedRoutedAndGivenAStatus() {
        let s = snapshot()
        XCTAssertEqual(s.questions.map(\.group), ["CB25-0001", "CB25-0001", "CB25-0003", "CB25-0004"])
        XCTAssertEqual(s.questions.map(\.assignment.topic), ["khoi-nghiep", "khoi-nghiep", "chuyen-doi-so", "khac"])
        XCTAssertEqual(s.questions.map(\.routing.lead), ["STC", "STC", "SKHCN", "SNV"])
        XCTAssertEqual(s.questions.map(\.assignment.review), [false, false, false, true])
        XCTAssertEqual(s.questions.map(\.status), [.answeredInWriting, .answeredInWriting, .overdue, .overdue])
    }
}

final class AnswerDueTests: XCTestCase {
    /// One question dated before the forward deadline, one sent in on 25/10: on 01/11 the
    /// first is overdue, the second still within its own twelve days (due 06/11).
    func testAQuestionSentLateIsPendingWhileTheOthersAreOverdue() {
        var early = Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", row: 2)
        early.submittedAt = "2025/08/01 8:00:00 SA GMT+7"
        var late = Fixtures.incoming("Bao giờ xóm em có sóng điện thoại 4G?", row: 3)
        late.submittedAt = "2025/10/25 9:00:00 SA GMT+7"
        let undated = Fixtures.incoming("Đề nghị mở lớp học nghề cho thanh niên", row: 4)
        let snapshot = Processing.snapshot(campaign: Fixtures.campaign, questions: Fixtures.questions([early, late, undated]),
                                           answers: [], today: Day(year: 2025, month: 11, day: 1))
        XCTAssertEqual(snapshot.questions.map(\.status), [.overdue, .pending, .overdue])
        XCTAssertEqual(snapshot.questions.map(\.due.description), ["2025-08-20", "2025-11-06", "2025-08-20"])
        let progress = Progress(snapshot)
        XCTAssertEqual(progress.departments.first { $0.code == "SKHCN" }.map { [$0.pending, $0.overdue] }, [1, 0])
        XCTAssertEqual(progress.departments.first { $0.code == "SNV" }.map { [$0.pending, $0.overdue] }, [0, 2])
    }

    /// An answer dated after the common deadline but within a late question's own time is not late.
    func testAnAnswerIsLateAgainstItsQuestionsOwnDueDay() {
        var late = Fixtures.incoming("Bao giờ xóm em có sóng điện thoại 4G?")
        late.submittedAt = "25/10/2025"
        let answer = Answer(place: SourcePlace(file: "skhcn.csv", row: 2), code: "CB25-0001",
                            department: Department(code: "SKHCN", name: "Sở Khoa học và Công nghệ"),
                            text: "Đã có kế hoạch", date: "03/11/2025", form: .inWriting)
        let snapshot = Processing.snapshot(campaign: Fixtures.campaign, questions: Fixtures.questions([late]),
                                           answers: [answer], today: Day(year: 2025, month: 11, day: 10))
        XCTAssertEqual(snapshot.questions[0].status, .answeredInWriting)
        XCTAssertTrue(snapshot.answerNotices.isEmpty, "\(snapshot.answerNotices)")
    }
}
