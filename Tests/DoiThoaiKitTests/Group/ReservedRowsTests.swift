import XCTest
@testable import DoiThoaiKit

final class ReservedRowsTests: XCTestCase {
    func testRowsFilledInAnyOrderKeepTheirOwnOrder() {
        var rows = ReservedRows(capacity: [2, 0, 3])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual((0..<3).map { Array(rows.row($0)) }, [[], [], []])
        rows.append(10, toRow: 2)
        rows.append(11, toRow: 0)
        rows.append(12, toRow: 2)
        XCTAssertEqual((0..<3).map { Array(rows.row($0)) }, [[11], [], [10, 12]])
        rows.append(13, toRow: 0)
        rows.append(14, toRow: 2)
        XCTAssertEqual((0..<3).map { Array(rows.row($0)) }, [[11, 13], [], [10, 12, 14]])
    }
}
