import Foundation
import XCTest

/// Follow-up across years: a task promised in 2025's answers is handed on in
/// `nhiem-vu-theo-doi.csv`; the office copies it into 2026's `input/follow-up/`, notes the
/// department's report, and the 2026 run lists it with that status.
final class FollowUpAcrossYearsTests: XCTestCase {
    var work: Workdir!

    override func setUpWithError() throws {
        work = try Workdir("follow-up")
        try work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/small-campaign", to: "input")
        try work.write("""
        Mã câu hỏi,Cơ quan trả lời,Nội dung trả lời,Hình thức trả lời,Hạn thực hiện
        CB25-0001,SNV,"Giao Sở Nội vụ mở lớp dạy nghề cho thanh niên khởi nghiệp, năm 2026.","Trả lời tại hội nghị, giao nhiệm vụ",31/12/2026
        """, to: "input/answers/snv.csv")
    }

    override func tearDown() {
        work.remove()
    }

    func testATaskPromisedOneYearIsFollowedTheNext() throws {
        let first = try work.run(["run", "--input", "input", "--output", "output", "--today", "2025-09-01"])
        XCTAssertEqual(first.status, 0, "\(first)")
        XCTAssertTrue(first.stdout.contains("Nhiệm vụ theo dõi: năm trước 0; năm nay 1 (chưa đến hạn 1)"), first.stdout)
        let handedOn = try work.read("output/nhiem-vu-theo-doi.csv")
        XCTAssertTrue(handedOn.contains("2025,CB25-0001,"), handedOn)
        XCTAssertTrue(handedOn.contains(",Sở Nội vụ,\"Giao Sở Nội vụ mở lớp dạy nghề"), handedOn)

        // The next year: a new campaign folder, last year's list with the department's report.
        try FileManager.default.copyItem(at: work.url("input"), to: work.url("input-2026"))
        try FileManager.default.removeItem(at: work.url("input-2026/answers"))
        let yaml = try work.read("input-2026/campaign.yml")
            .replacingOccurrences(of: "2025", with: "2026").replacingOccurrences(of: "CB25", with: "CB26")
        try work.write(yaml, to: "input-2026/campaign.yml")
        let reported = handedOn.replacingOccurrences(of: "Chưa đến hạn,", with: "Đang thực hiện,Đã mở 01 lớp (30 học viên)")
        try work.write(reported, to: "input-2026/follow-up/nhiem-vu-2025.csv")

        let second = try work.run(["run", "--input", "input-2026", "--output", "output-2026", "--today", "2026-09-01"])
        XCTAssertEqual(second.status, 0, "\(second)")
        XCTAssertTrue(second.stdout.contains("Nhiệm vụ theo dõi: năm trước 1 (đang thực hiện 1); năm nay 0"), second.stdout)
        let book = try XLSXParts(path: work.url("output-2026/tong-hop-cao-bang-2026.xlsx").path)
        XCTAssertTrue(try book.sheetNames().contains("Theo dõi nhiệm vụ"))
        let text = try book.allText()
        for expected in ["CB25-0001", "Giao Sở Nội vụ mở lớp dạy nghề", "Đang thực hiện", "Đã mở 01 lớp (30 học viên)", "31/12/2026"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        let report = try work.json("output-2026/run-report.json")
        let followUp = report["follow_up"] as! [String: Any]
        XCTAssertEqual(followUp["carried"] as? [String: Int], ["in_progress": 1])
        // Still not done: handed on again, with its report.
        XCTAssertTrue(try work.read("output-2026/nhiem-vu-theo-doi.csv").contains("Đã mở 01 lớp (30 học viên)"))
    }
}
