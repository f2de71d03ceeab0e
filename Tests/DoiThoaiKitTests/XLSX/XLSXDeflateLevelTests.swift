import Foundation
import XCTest
@testable import DoiThoaiKit

/// `Options.deflateLevel` reaches libxlsxwriter's zip writer (through CZipLevel).
final class XLSXDeflateLevelTests: XLSXTestCase {
    private let created = Date(timeIntervalSince1970: 1_750_000_000)

    /// The same rows at a level: varied enough that deflate levels differ in size.
    private func write(_ name: String, level: Int32?) throws -> Data {
        let options = XLSXWorkbook.Options(constantMemory: true, temporaryDirectory: directory.path,
                                           creationDate: created, deflateLevel: level)
        let file = try makeWorkbook(name, options: options) { _, sheet in
            for row in 0..<3_000 {
                try sheet.write("CB25-\(row * 7919 % 10_007)", row: row, column: 0)
                try sheet.write("Thanh niên xã \(row % 97) đề nghị hỗ trợ vay vốn \(row * 31 % 1_000) triệu đồng",
                                row: row, column: 1)
            }
        }
        return try Data(contentsOf: URL(fileURLWithPath: file))
    }

    func testLowerLevelIsLargerWithTheSameContent() throws {
        let fast = try write("fast.xlsx", level: 1)
        let library = try write("library.xlsx", level: nil)
        let six = try write("six.xlsx", level: 6)
        let best = try write("best.xlsx", level: 9)
        XCTAssertGreaterThan(fast.count, six.count, "level 1 did not reach the zip writer")
        XCTAssertGreaterThanOrEqual(six.count, best.count)
        // nil is the library's own level (zlib's default, 6), also right after a level-1 close.
        XCTAssertEqual(library, six)
        for name in ["fast.xlsx", "best.xlsx"] {
            XCTAssertEqual(try part(path(name), "xl/worksheets/sheet1.xml"), try part(path("six.xlsx"), "xl/worksheets/sheet1.xml"))
        }
    }

    /// minizip records the level in each entry's flags, which `unzip -v` shows as
    /// Defl:S (level 1), Defl:F (2), Defl:N (3–7), Defl:X (8, 9).
    func testEntriesRecordTheLevel() throws {
        for (level, method) in [(1, "Defl:S"), (2, "Defl:F"), (6, "Defl:N"), (9, "Defl:X")] as [(Int32, String)] {
            _ = try write("level-\(level).xlsx", level: level)
            let listing = String(decoding: try unzip(["-v", path("level-\(level).xlsx")]), as: UTF8.self)
            let sheet = listing.split(separator: "\n").first { $0.hasSuffix("xl/worksheets/sheet1.xml") }
            XCTAssertEqual(sheet?.contains(method), true, "level \(level): \(sheet ?? "no sheet1.xml")")
        }
    }

    func testTheRunsWorkbooksUseTheFasterLevel() {
        XCTAssertEqual(WorkbookStyle.options(created, title: "t").deflateLevel, 2)
    }
}
