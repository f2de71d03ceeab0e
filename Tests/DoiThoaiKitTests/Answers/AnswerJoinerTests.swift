import XCTest
@testable import DoiThoaiKit

final class AnswerJoinerTests: XCTestCase {
    let stc = Department(code: "STC", name: "Sở Tài chính")

    func answer(_ code: String, _ form: AnswerForm = .inWriting, row: Int = 2) -> Answer {
        Answer(place: SourcePlace(file: "stc.csv", row: row), code: code, department: stc, text: "Trả lời", form: form)
    }

    func testGroupAnswersReachEveryMemberAndUnknownCodesAreRejected() {
        let questions = Fixtures.questions([
            Fixtures.incoming("Vay vốn"), Fixtures.incoming("Vay vốn", unit: Fixtures.thucPhan), Fixtures.incoming("Sóng 4G"),
        ])
        let groups = NearDuplicateGrouper(threshold: 0.85).groups(of: questions)
        let result = AnswerJoiner.join([answer("CB25-0001"), answer("CB25-0003", row: 3), answer("CB25-0099", row: 4)],
                                       questions: questions, groups: groups)
        XCTAssertEqual(result.joined, 2)
        XCTAssertEqual(Set(result.byQuestion.keys), ["CB25-0001", "CB25-0002", "CB25-0003"])
        XCTAssertEqual(result.rejections.map { $0.row }, [4])
        XCTAssertTrue(result.rejections[0].reason.contains("CB25-0099"))
    }

    func testStatusOfEveryKind() {
        let deadline = Fixtures.campaign.deadlines.answer
        XCTAssertEqual(QuestionStatus.of(answers: [], due: deadline, today: Fixtures.answerDay), .pending)
        XCTAssertEqual(QuestionStatus.of(answers: [], due: deadline, today: deadline), .pending)
        XCTAssertEqual(QuestionStatus.of(answers: [], due: deadline, today: Fixtures.afterDeadline), .overdue)
        let cases: [(AnswerForm, QuestionStatus)] = [
            (.atDialogue, .answeredAtDialogue), (.inWriting, .answeredInWriting), (.referred, .referred), (.unspecified, .answered),
        ]
        for (form, status) in cases {
            XCTAssertEqual(QuestionStatus.of(answers: [answer("X", form)], due: deadline, today: Fixtures.afterDeadline), status)
        }
    }
}

final class AnswerNoticeTests: XCTestCase {
    let (stc, snv) = (Department(code: "STC", name: "Sở Tài chính"), Department(code: "SNV", name: "Sở Nội vụ"))

    func answer(_ code: String, by department: Department, _ text: String = "Trả lời", date: String? = "15/08/2025",
                row: Int) -> Answer {
        Answer(place: SourcePlace(file: "tra-loi.csv", row: row), code: code, department: department, text: text, date: date,
               form: .inWriting)
    }

    func testNotAskedConflictingLateAndUnreadableAnswersAreJoinedAndNoticed() {
        let questions = Fixtures.questions([
            Fixtures.incoming("Vay vốn khởi nghiệp"), Fixtures.incoming("Vay vốn khởi nghiệp", unit: Fixtures.thucPhan),
            Fixtures.incoming("Sóng 4G"),
        ])
        let groups = NearDuplicateGrouper(threshold: 0.85).groups(of: questions)
        let asked: (String) -> [String] = { $0 == "CB25-0003" ? [] : ["STC", "SNV"] }
        let answers = [
            answer("CB25-0001", by: stc, row: 2),
            answer("CB25-0002", by: stc, "Bổ sung riêng cho phường Thục Phán", row: 3),  // a member's own code: no conflict
            answer("CB25-0001", by: stc, "Một câu trả lời khác", row: 4),                 // same code, other words: conflict
            answer("CB25-0001", by: snv, "Trả lời", row: 5),                              // same words as STC's, other department
            answer("CB25-0003", by: stc, date: "25/08/2025", row: 6),                     // in review, and late
            answer("CB25-0001", by: Department(code: "CAT", name: "Công an tỉnh"), date: "ngày 15", row: 7),
        ]
        let result = AnswerJoiner.join(answers, questions: questions, groups: groups, asked: asked,
                                       due: { _ in Day(year: 2025, month: 8, day: 20) })
        XCTAssertEqual(result.joined, 6)
        XCTAssertTrue(result.rejections.isEmpty)
        XCTAssertEqual(result.notices.map(\.row), [4, 6, 6, 7, 7])
        let reasons = result.notices.map(\.reason)
        XCTAssertTrue(reasons[0].contains("đã trả lời mã CB25-0001 với nội dung khác (tra-loi.csv dòng 2)"), reasons[0])
        XCTAssertTrue(reasons[1].contains("đang chờ Sở Nội vụ xem xét"), reasons[1])
        XCTAssertTrue(reasons[2].contains("sau hạn trả lời 20/08/2025"), reasons[2])
        XCTAssertTrue(reasons[3].contains("Công an tỉnh không được giao"), reasons[3])
        XCTAssertTrue(reasons[4].contains("\"ngày 15\" không đọc được"), reasons[4])
    }

    func testAPromiseWithoutAReadableDueDayIsFlagged() {
        let questions = Fixtures.questions([Fixtures.incoming("Vay vốn"), Fixtures.incoming("Sóng 4G", row: 3)])
        let stc = Department(code: "STC", name: "Sở Tài chính")
        let answers = [
            Answer(place: SourcePlace(file: "stc.csv", row: 2), code: "CB25-0001", department: stc, text: "Sẽ bổ sung vốn",
                   form: .unspecified, action: PromisedAction(due: nil)),
            Answer(place: SourcePlace(file: "stc.csv", row: 3), code: "CB25-0002", department: stc, text: "Sẽ khảo sát",
                   form: .unspecified, action: PromisedAction(due: "cuối năm")),
        ]
        let groups = questions.map { QuestionGroup(code: $0.code, members: [$0.code], units: [$0.unitName]) }
        let result = AnswerJoiner.join(answers, questions: questions, groups: groups)
        XCTAssertEqual(result.joined, 2)
        XCTAssertEqual(result.notices.map(\.row), [2, 3])
        XCTAssertTrue(result.notices[0].reason.contains("chưa có hạn thực hiện"), result.notices[0].reason)
        XCTAssertTrue(result.notices[1].reason.contains("hạn thực hiện \"cuối năm\" không đọc được"), result.notices[1].reason)
    }
}
