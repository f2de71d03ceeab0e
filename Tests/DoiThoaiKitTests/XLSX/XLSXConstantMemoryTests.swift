import Foundation
import XCTest
@testable import DoiThoaiKit

final class XLSXConstantMemoryTests: XLSXTestCase {
    private var options: XLSXWorkbook.Options {
        XLSXWorkbook.Options(constantMemory: true, temporaryDirectory: directory.path)
    }

    func testStringsAreWrittenInline() throws {
        let file = try makeWorkbook(options: options) { _, sheet in
            try sheet.write("Đề nghị hỗ trợ vay vốn khởi nghiệp", row: 0, column: 0)
            try sheet.write("=1+2", row: 1, column: 0)
            try sheet.write(5, row: 1, column: 1)
        }
        let cells = try cells(file)
        XCTAssertEqual(cells["A1"]?.type, "inlineStr")
        XCTAssertEqual(cells["A1"]?.inlineText, "Đề nghị hỗ trợ vay vốn khởi nghiệp")
        XCTAssertEqual(cells["A2"]?.inlineText, "=1+2")
        XCTAssertNil(cells["A2"]?.formula)
        XCTAssertEqual(cells["B2"]?.value, "5")
        XCTAssertFalse(try parts(file).contains("xl/sharedStrings.xml"))
    }

    func testEarlierRowIsRefused() throws {
        let file = try makeWorkbook(options: options) { _, sheet in
            try sheet.write("hàng 6", row: 5, column: 1)
            try sheet.write("cùng hàng, cột trước", row: 5, column: 0)
            let error = self.expectError { try sheet.write("hàng 3", row: 2, column: 0) }
            XCTAssertEqual(error?.kind, .rowOutOfOrder(row: 2, currentRow: 5))
            XCTAssertEqual(error?.row, 2)
            XCTAssertEqual(self.expectError { try sheet.setRowHeight(4, height: 20) }?.kind,
                           .rowOutOfOrder(row: 4, currentRow: 5))
            try sheet.merge(firstRow: 6, firstColumn: 0, lastRow: 8, lastColumn: 1, text: "gộp", style: .init())
            XCTAssertEqual(self.expectError { try sheet.write(1, row: 7, column: 3) }?.kind,
                           .rowOutOfOrder(row: 7, currentRow: 8))
            try sheet.write(9, row: 9, column: 0)
        }
        let cells = try cells(file)
        XCTAssertEqual(cells["B6"]?.inlineText, "hàng 6")
        XCTAssertEqual(cells["A6"]?.inlineText, "cùng hàng, cột trước")
        XCTAssertNil(cells["A3"])
        XCTAssertEqual(cells["A10"]?.value, "9")
    }

    /// libxlsxwriter checks a streamed filter's last row, not its first: a filter set after
    /// the body, ending on the row being streamed, is valid; one ending above it is not.
    func testAutofilterAfterTheBodyEndsOnTheStreamedRow() throws {
        let file = try makeWorkbook(options: options) { _, sheet in
            for row in 0...5 { try sheet.write("ô \(row)", row: row, column: 0) }
            XCTAssertEqual(self.expectError { try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 1) }?.kind,
                           .rowOutOfOrder(row: 4, currentRow: 5))
            try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 1)
        }
        XCTAssertTrue(try part(file, "xl/worksheets/sheet1.xml").contains("<autoFilter ref=\"A1:B6\"/>"))
    }

    func testWorkbooksWithoutConstantMemoryAcceptAnyOrder() throws {
        let file = try makeWorkbook { _, sheet in
            try sheet.write("sau", row: 5, column: 0)
            try sheet.write("trước", row: 2, column: 0)
        }
        XCTAssertEqual(try text(of: cells(file)["A3"], in: file), "trước")
    }
}
