import XCTest
@testable import DoiThoaiKit

final class ReportTests: XCTestCase {
    func snapshot() -> CampaignSnapshot { Fixtures.snapshot() }

    func testQuestionsCSVHasTheFixedHeaderAndOneRowPerQuestion() {
        let csv = QuestionsCSV.render(snapshot())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines[0], "code,group,topic,confidence,review,lead,status,unit,source_file,source_row,text")
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[4], "CB25-0004,CB25-0004,khac,0.000,1,SNV,overdue,Xã Đàm Thủy,a.csv,2,Em muốn hỏi một việc")
    }

    /// Written piece by piece, the file is the same text: pieces end on whole rows.
    func testQuestionsCSVInPiecesJoinsToTheWholeFile() {
        var pieces: [String] = []
        QuestionsCSV.render(snapshot(), pieceBytes: 64) { pieces.append($0) }
        XCTAssertGreaterThan(pieces.count, 2)
        XCTAssertEqual(pieces.joined(), QuestionsCSV.render(snapshot()))
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.hasSuffix("\r\n") && $0.utf8.count >= 64 })
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

    func testCSVFieldQuotesOnlyWhenNeeded() {
        XCTAssertEqual(CSVField.quoted("Xã Đàm Thủy"), "Xã Đàm Thủy")
        XCTAssertEqual(CSVField.quoted("a, b"), "\"a, b\"")
        XCTAssertEqual(CSVField.quoted("nói \"không\"\nvới ma túy"), "\"nói \"\"không\"\"\nvới ma túy\"")
    }

    func testRunReportRowsBalance() {
        XCTAssertTrue(RunReport.Rows(read: 10, accepted: 6, known: 3, rejected: 1).balances)
        XCTAssertFalse(RunReport.Rows(read: 10, accepted: 6, known: 3, rejected: 0).balances)
    }

    func testOutputNamesAreAscii() {
        let names = OutputNames(campaign: Fixtures.campaign)
        XCTAssertEqual(names.consolidated, "tong-hop-cao-bang-2025.xlsx")
        XCTAssertEqual(names.statistics, "thong-ke-cao-bang-2025.xlsx")
        XCTAssertEqual(names.department(Department(code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch")),
                       "departments/svhttdl-so-van-hoa-the-thao-va-du-lich.xlsx")
        XCTAssertEqual(names.unit(Fixtures.damThuy), "units/xa-dam-thuy.xlsx")
    }
}
