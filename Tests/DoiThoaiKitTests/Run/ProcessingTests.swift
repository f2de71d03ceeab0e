import XCTest
@testable import DoiThoaiKit

final class ProcessingTests: XCTestCase {
    func snapshot(today: Day = Fixtures.afterDeadline) -> CampaignSnapshot {
        let questions = Fixtures.questions([
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", name: "Nông Văn A"),
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", unit: Fixtures.tinhDoan),
            Fixtures.incoming("Bao giờ xóm em có sóng điện thoại 4G?"),
            Fixtures.incoming("Em muốn hỏi một việc"),
        ])
        let answer = Answer(place: SourcePlace(file: "stc.csv", row: 2), code: "CB25-0001",
                            department: Department(code: "STC", name: "Sở Tài chính"), text: "Có gói vay", form: .inWriting)
        return Processing.snapshot(campaign: Fixtures.campaign, questions: questions, answers: [answer], today: today)
    }

    func testEveryQuestionIsGroupedClassifiedRoutedAndGivenAStatus() {
        let s = snapshot()
        XCTAssertEqual(s.questions.map(\.group), ["CB25-0001", "CB25-0001", "CB25-0003", "CB25-0004"])
        XCTAssertEqual(s.questions.map(\.assignment.topic), ["khoi-nghiep", "khoi-nghiep", "chuyen-doi-so", "khac"])
        XCTAssertEqual(s.questions.map(\.routing.lead), ["STC", "STC", "SKHCN", "SNV"])
        XCTAssertEqual(s.questions.map(\.assignment.review), [false, false, false, true])
        XCTAssertEqual(s.questions.map(\.status), [.answeredInWriting, .answeredInWriting, .overdue, .overdue])
    }

    func testQuestionsCSVHasTheFixedHeaderAndOneRowPerQuestion() {
        let csv = QuestionsCSV.render(snapshot())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines[0], "code,group,topic,confidence,review,lead,status,unit,source_file,source_row,text")
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[4], "CB25-0004,CB25-0004,khac,0.000,1,SNV,overdue,Xã Đàm Thủy,a.csv,2,Em muốn hỏi một việc")
    }

    func testStatisticsCountEveryDimensionAndHoldNoPersonalData() throws {
        let statistics = Statistics(snapshot())
        XCTAssertEqual(statistics.questions, 4)
        XCTAssertEqual(statistics.groups, 3)
        XCTAssertEqual(statistics.bySource.map(\.count), [3, 1])
        XCTAssertEqual(statistics.byStatus.first { $0.key == "overdue" }?.count, 2)
        XCTAssertEqual(statistics.byTopic.map(\.count).reduce(0, +), 4)
        let json = String(decoding: try JSONOutput.data(statistics), as: UTF8.self)
        XCTAssertTrue(json.contains("\"schema_version\" : 1"))
        for personal in ["Nông Văn A", "0912000111", "Xóm 1", "2001"] {
            XCTAssertFalse(json.contains(personal), "statistics.json contains \(personal)")
        }
    }

    func testPlaceDateLineFollowsDecree30() {
        XCTAssertEqual(PlaceDate.line(place: "Cao Bằng", day: Day(year: 2025, month: 8, day: 5)), "Cao Bằng, ngày 05 tháng 8 năm 2025")
        XCTAssertEqual(PlaceDate.line(place: "Cao Bằng", day: Day(year: 2026, month: 2, day: 14)), "Cao Bằng, ngày 14 tháng 02 năm 2026")
    }
}
