import XCTest
@testable import DoiThoaiKit

final class TopicSheetNamesTests: XCTestCase {
    func topic(_ code: String, _ name: String) -> Topic { Topic(code: code, name: name, lead: "SNV") }

    func testNamesAreNumberedShortUniqueAndAcceptedByExcel() {
        let topics = [
            topic("viec-lam", "Việc làm, đào tạo nghề, hướng nghiệp, xuất khẩu lao động"),
            topic("dai", "Phát triển kinh tế tập thể và kinh tế hợp tác của thanh niên vùng đồng bào dân tộc thiểu số"),
            topic("lap", "Tiến độ"),
            topic("lap2", "Việc làm"),
            topic("ky-tu", "Hỏi/đáp: [chuyển đổi số]?"),
        ]
        let names = TopicSheetNames.names(for: topics, reserved: ["Tổng hợp", "Tiến độ"])
        XCTAssertEqual(names["viec-lam"], "1. Việc làm")
        XCTAssertEqual(names["dai"], "2. Phát triển kinh tế tập thể")
        XCTAssertEqual(names["lap"], "3. Tiến độ")  // numbered, so never equal to the fixed sheet
        XCTAssertEqual(names["lap2"], "4. Việc làm")
        XCTAssertEqual(names["ky-tu"], "5. Hỏi đáp chuyển đổi số")
        for name in names.values {
            XCTAssertLessThanOrEqual(name.count, XLSXLimits.maxSheetNameCharacters, name)
            XCTAssertFalse(name.contains { "[]:*?/\\".contains($0) }, name)
        }
    }

    func testAClashWithAFixedSheetFallsBackToTheCode() {
        let names = TopicSheetNames.names(for: [topic("tong-hop", "Tổng hợp")], reserved: ["1. Tổng hợp"])
        XCTAssertEqual(names["tong-hop"], "1. tong-hop")
    }
}
