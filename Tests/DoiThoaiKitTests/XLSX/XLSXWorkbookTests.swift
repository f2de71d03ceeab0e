import Foundation
import XCTest
@testable import DoiThoaiKit

final class XLSXWorkbookTests: XLSXTestCase {
    func testVietnameseTextRoundTripsExactly() throws {
        let texts = [
            "Đề nghị hỗ trợ vay vốn khởi nghiệp",
            "Tỉnh Cao Bằng <Sở Nội vụ> & \"Đoàn Thanh niên\"",
            "  khoảng trắng đầu và cuối  ",
            "Dòng 1\nDòng 2\tcó tab",
        ]
        let file = try makeWorkbook { _, sheet in
            for (row, text) in texts.enumerated() { try sheet.write(text, row: row, column: 0) }
        }
        let cells = try cells(file)
        for (row, text) in texts.enumerated() {
            XCTAssertEqual(try self.text(of: cells["A\(row + 1)"], in: file), text)
        }
    }

    func testTextThatLooksLikeAFormulaIsWrittenAsAString() throws {
        let texts = ["=1+2", "+84912", "-5", "@SUM(A1)"]
        let file = try makeWorkbook { _, sheet in
            for (column, text) in texts.enumerated() { try sheet.write(text, row: 0, column: column) }
        }
        let cells = try cells(file)
        for (column, text) in texts.enumerated() {
            let cell = cells[CellReference.name(row: 0, column: column)]
            XCTAssertEqual(cell?.type, "s", text)
            XCTAssertNil(cell?.formula, text)
            XCTAssertEqual(try self.text(of: cell, in: file), text)
        }
        XCTAssertFalse(try part(file, "xl/worksheets/sheet1.xml").contains("<f>"))
    }

    func testEmptyTextWritesAStyledBlank() throws {
        let file = try makeWorkbook { _, sheet in try sheet.write("", row: 0, column: 0, style: CellStyle(border: .thin)) }
        let cell = try cells(file)["A1"]
        XCTAssertNotNil(cell?.style)
        XCTAssertNil(cell?.type)
        XCTAssertNil(cell?.value)
    }

    func testFormulaCarriesItsCachedValue() throws {
        let file = try makeWorkbook { _, sheet in
            try sheet.write(1, row: 0, column: 0)
            try sheet.write(2, row: 1, column: 0)
            try sheet.writeFormula("=SUM(A1:A2)", cachedValue: 3, row: 2, column: 0)
        }
        let cell = try cells(file)["A3"]
        XCTAssertEqual(cell?.formula, "SUM(A1:A2)")
        XCTAssertEqual(cell?.value, "3")
    }

    func testNumbersAreWrittenAsNumbers() throws {
        let file = try makeWorkbook { _, sheet in try sheet.write(1234.5, row: 0, column: 0) }
        let cell = try cells(file)["A1"]
        XCTAssertNil(cell?.type)
        XCTAssertEqual(cell?.value, "1234.5")
    }

    func testNonFiniteNumbersAreRefused() throws {
        let workbook = try XLSXWorkbook(path: path("nan.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Số liệu")
        for value in [Double.nan, .infinity, -.infinity] {
            let error = expectError { try sheet.write(value, row: 1, column: 2) }
            guard case .nonFiniteNumber? = error?.kind else { return XCTFail("\(value): \(String(describing: error))") }
            XCTAssertEqual(error?.sheet, "Số liệu")
            XCTAssertEqual(error?.row, 1)
            XCTAssertEqual(error?.column, 2)
            XCTAssertTrue(error?.description.contains("C2") ?? false)
        }
        let formulaError = expectError { try sheet.writeFormula("=1/0", cachedValue: .nan, row: 0, column: 0) }
        guard case .nonFiniteNumber? = formulaError?.kind else { return XCTFail("\(String(describing: formulaError))") }
        try workbook.close()
    }

    func testNULCharacterIsRefused() throws {
        let workbook = try XLSXWorkbook(path: path("nul.xlsx"))
        let sheet = try workbook.addWorksheet(named: "S")
        let error = expectError { try sheet.write("trước\u{0}sau", row: 0, column: 0) }
        XCTAssertEqual(error?.kind, .nulCharacter(field: "cell text", offset: 5))
        try workbook.close()
    }

    func testTextLongerThanACellHoldsIsRefused() throws {
        let fits = String(repeating: "ệ", count: XLSXLimits.maxCellCharacters)
        let file = path("long.xlsx")
        let workbook = try XLSXWorkbook(path: file)
        let sheet = try workbook.addWorksheet(named: "S")
        let error = expectError { try sheet.write(fits + "a", row: 0, column: 0) }
        XCTAssertEqual(error?.kind, .textTooLong(field: "cell text", length: 32_768, limit: 32_767))
        XCTAssertTrue(error?.description.contains("32767") ?? false)
        try sheet.write(fits, row: 1, column: 0)
        try workbook.close()
        XCTAssertEqual(try text(of: cells(file)["A2"], in: file), fits)
    }

    func testLiteralEscapeSequenceSurvives() throws {
        let file = try makeWorkbook { _, sheet in try sheet.write("mã _x0041_ và _x00e9_", row: 0, column: 0) }
        // Readers decode _xHHHH_; the underscore itself must be escaped as _x005F_.
        XCTAssertEqual(try sharedStrings(file), ["mã _x005F_x0041_ và _x005F_x00e9_"])
    }

    func testRowAndColumnLimits() throws {
        let workbook = try XLSXWorkbook(path: path("limits.xlsx"))
        let sheet = try workbook.addWorksheet(named: "S")
        XCTAssertEqual(expectError { try sheet.write("x", row: 1_048_576, column: 0) }?.kind,
                       .rowOutOfRange(row: 1_048_576, limit: 1_048_576))
        XCTAssertEqual(expectError { try sheet.write("x", row: -1, column: 0) }?.kind,
                       .rowOutOfRange(row: -1, limit: 1_048_576))
        XCTAssertEqual(expectError { try sheet.write(1, row: 0, column: 16_384) }?.kind,
                       .columnOutOfRange(column: 16_384, limit: 16_384))
        try sheet.write("góc cuối", row: 1_048_575, column: 16_383)
        try workbook.close()
    }

    func testLibraryErrorCarriesLibrarysMessageAndContext() throws {
        let file = path("footer.xlsx")
        let workbook = try XLSXWorkbook(path: file)
        let sheet = try workbook.addWorksheet(named: "Báo cáo")
        let error = expectError { try sheet.setupPage(PageSetup(footer: String(repeating: "x", count: 300))) }
        guard case let .library(code, message)? = error?.kind else { return XCTFail("\(String(describing: error))") }
        XCTAssertNotEqual(code, 0)
        XCTAssertTrue(message.contains("255"), message)
        XCTAssertEqual(error?.path, file)
        XCTAssertEqual(error?.operation, "set up page")
        XCTAssertTrue(error?.description.contains("Báo cáo") ?? false)
        try workbook.close()
    }

    func testFailedCloseReportsLibraryErrorAndClosesOnce() throws {
        let subdirectory = directory.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: subdirectory, withIntermediateDirectories: true)
        let workbook = try XLSXWorkbook(path: subdirectory.appendingPathComponent("x.xlsx").path)
        try workbook.addWorksheet(named: "S").write("a", row: 0, column: 0)
        try FileManager.default.removeItem(at: subdirectory)
        let error = expectError { try workbook.close() }
        guard case .library? = error?.kind else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(workbook.isClosed)
        XCTAssertEqual(expectError { try workbook.close() }?.kind, .workbookClosed)
    }

    func testAFormatMadeOnceWritesAsItsStyleDoes() throws {
        let style = CellStyle(bold: true, border: .thin, backgroundColor: 0xFFF2CC)
        func cells(prepared: Bool) throws -> [String: CellXML] {
            let file = try makeWorkbook(prepared ? "prepared.xlsx" : "styled.xlsx") { workbook, sheet in
                if prepared {
                    let format = try workbook.format(style)
                    try sheet.write("Đoàn", row: 0, column: 0, format: format)
                    try sheet.write(7, row: 0, column: 1, format: format)
                    try sheet.writeBlank(row: 0, column: 2, format: format)
                } else {
                    try sheet.write("Đoàn", row: 0, column: 0, style: style)
                    try sheet.write(7, row: 0, column: 1, style: style)
                    try sheet.writeBlank(row: 0, column: 2, style: style)
                }
            }
            return try self.cells(file)
        }
        let styled = try cells(prepared: false)
        XCTAssertEqual(try cells(prepared: true), styled)
        XCTAssertNotNil(styled["C1"]?.style)
    }

    func testAFormatOfAnotherWorkbookIsRefused() throws {
        let other = try XLSXWorkbook(path: path("other.xlsx"))
        let format = try other.format(CellStyle(bold: true))
        _ = try makeWorkbook { _, sheet in
            let error = expectError { try sheet.write("a", row: 0, column: 0, format: format) }
            guard case .invalidArgument? = error?.kind else { return XCTFail("\(String(describing: error))") }
            XCTAssertEqual(error?.row, 0)
        }
        try other.close()
    }

    func testClosedWorkbookRefusesEverything() throws {
        let workbook = try XLSXWorkbook(path: path("closed.xlsx"))
        let sheet = try workbook.addWorksheet(named: "S")
        try workbook.close()
        XCTAssertEqual(expectError { try sheet.write("a", row: 0, column: 0) }?.kind, .workbookClosed)
        XCTAssertEqual(expectError { _ = try workbook.addWorksheet(named: "T") }?.kind, .workbookClosed)
        sheet.freezePanes(row: 1, column: 0)  // must not touch the freed worksheet
    }

    func testMissingOutputDirectoryIsReportedAtCreation() {
        let error = expectError { _ = try XLSXWorkbook(path: self.path("khong-co/x.xlsx")) }
        guard case .invalidArgument? = error?.kind else { return XCTFail("\(String(describing: error))") }
    }

    func testDeinitWritesAForgottenWorkbook() throws {
        let file = path("forgotten.xlsx")
        do {
            let workbook = try XLSXWorkbook(path: file)
            try workbook.addWorksheet(named: "S").write("quên đóng", row: 0, column: 0)
        }
        XCTAssertEqual(try sharedStrings(file), ["quên đóng"])
    }

    func testFixedCreationDateGivesByteIdenticalFiles() throws {
        let date = Date(timeIntervalSince1970: 1_754_352_000)  // 2025-08-05T00:00:00Z
        let options = XLSXWorkbook.Options(creationDate: date, title: "Tổng hợp", author: "doithoai")
        func build(_ name: String) throws -> Data {
            let file = try makeWorkbook(name, options: options) { _, sheet in
                try sheet.write("Đề nghị hỗ trợ vay vốn khởi nghiệp", row: 0, column: 0)
                try sheet.write(42, row: 1, column: 0)
            }
            return try Data(contentsOf: URL(fileURLWithPath: file))
        }
        let first = try build("a.xlsx")
        let core = try part(path("a.xlsx"), "docProps/core.xml")
        XCTAssertTrue(core.contains("2025-08-05T00:00:00Z"), core)
        XCTAssertTrue(core.contains("<dc:title>Tổng hợp</dc:title>"), core)
        XCTAssertTrue(core.contains("<dc:creator>doithoai</dc:creator>"), core)
        XCTAssertEqual(first, try build("b.xlsx"))
    }
}
