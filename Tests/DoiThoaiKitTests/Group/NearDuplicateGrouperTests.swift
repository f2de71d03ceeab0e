import XCTest
@testable import DoiThoaiKit

final class ExactGrouperTests: XCTestCase {
    let rows = [
        Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", row: 2),
        Fixtures.incoming("Bao giờ có sóng 4G?", row: 3),
        Fixtures.incoming("ĐỀ NGHỊ hỗ trợ vay vốn, khởi nghiệp!", unit: Fixtures.thucPhan, row: 4),
        Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", unit: Fixtures.tinhDoan, row: 5),
    ]

    func testSameMatchingTextFromSeveralUnitsIsOneGroup() {
        let groups = ExactGrouper.groups(of: Fixtures.questions(rows))
        XCTAssertEqual(groups.count, 2)
        XCTAssertEqual(groups[0].code, "CB25-0001")
        XCTAssertEqual(groups[0].members, ["CB25-0001", "CB25-0003", "CB25-0004"])
        XCTAssertEqual(groups[0].units, ["Xã Đàm Thủy", "Phường Thục Phán", "Tỉnh đoàn Cao Bằng"])
        XCTAssertEqual(groups[1].members, ["CB25-0002"])
    }

    func testGroupsDoNotDependOnInputOrder() {
        let questions = Fixtures.questions(rows)
        XCTAssertEqual(ExactGrouper.groups(of: questions.reversed()), ExactGrouper.groups(of: questions))
    }
}
