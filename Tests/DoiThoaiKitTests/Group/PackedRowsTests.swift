import XCTest
@testable import DoiThoaiKit

final class PackedRowsTests: XCTestCase {
    func testAppendedRows() {
        var rows = PackedRows()
        rows.appendRow([1, 4, 9][...])
        rows.appendRow([][...])
        rows.appendRow([2][...])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(Array(rows.row(0)), [1, 4, 9])
        XCTAssertEqual(Array(rows.row(1)), [])
        XCTAssertEqual(Array(rows.row(2)), [2])
    }

    func testRowsOfAnotherAreAppendedAfterOwnRows() {
        var rows = PackedRows(), other = PackedRows()
        rows.appendRow([1, 4][...])
        other.appendRow([][...])
        other.appendRow([7, 8, 9][...])
        rows.appendRows(of: other)
        rows.appendRows(of: PackedRows())
        XCTAssertEqual((0..<rows.count).map { Array(rows.row($0)) }, [[1, 4], [], [7, 8, 9]])
    }

    func testPrefetchingIsOnlyAHint() {
        // Any row, or an index past the end, may be asked for; nothing changes.
        var rows = PackedRows()
        rows.appendRow([1, 2][...])
        rows.appendRow([][...])
        for index in 0..<2 {
            rows.prefetchStart(index)
            rows.prefetchRow(index)
        }
        rows.prefetchStart(7)
        [Int32]().prefetch(0..<3)
        XCTAssertEqual(Array(rows.row(0)), [1, 2])
    }

    func testCountingSortKeepsTheOrderGiven() {
        let pairs: [(Int, Int32)] = [(2, 10), (0, 11), (2, 12), (0, 13), (3, 14)]
        let rows = PackedRows(rowCount: 4) { add in for (row, value) in pairs { add(row, value) } }
        XCTAssertEqual((0..<4).map { Array(rows.row($0)) }, [[11, 13], [], [10, 12], [14]])
    }
}

final class TopScoresTests: XCTestCase {
    func testKeepsTheBestWithTiesToTheLowerItem() {
        var top = TopScores(limit: 3)
        for (item, score) in [(5, 1.0), (1, 3.0), (9, 2.0), (2, 2.0), (7, 0.5), (4, 3.0)] { top.offer(item, score) }
        XCTAssertEqual(top.ranked(), [1, 4, 2])
    }
}
