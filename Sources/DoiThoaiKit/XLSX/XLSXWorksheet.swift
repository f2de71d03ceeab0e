import Foundation
import CXLSXWriter

/// One worksheet of an `XLSXWorkbook`. Rows and columns are zero-based.
///
/// Every method checks Excel's limits first and throws `XLSXError` instead of letting
/// libxlsxwriter write a file that readers reject; once the workbook is closed every
/// method throws `.workbookClosed`.
public final class XLSXWorksheet {
    public let name: String
    /// Kept strongly: the C worksheet lives inside the workbook, which must outlive it.
    let workbook: XLSXWorkbook
    private let handle: UnsafeMutablePointer<lxw_worksheet>
    /// Constant-memory mode: the row libxlsxwriter is currently streaming.
    private(set) var currentRow = 0
    /// Ranges merged so far, to refuse overlaps.
    var mergedRanges: [MergedRange] = []

    init(name: String, handle: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook) {
        self.name = name
        self.handle = handle
        self.workbook = workbook
    }

    /// Writes `text` as a string cell, always: text starting with `=`, `+`, `-` or `@` stays
    /// text and never becomes a formula. Empty text writes a styled blank cell.
    public func write(_ text: String, row: Int, column: Int, style: CellStyle = .init()) throws {
        try writeText(text, row: row, column: column) { try workbook.format(for: style, $0) }
    }

    /// As `write(_:row:column:style:)`, with a format made once by `XLSXWorkbook.format(_:)`.
    public func write(_ text: String, row: Int, column: Int, format: XLSXFormat) throws {
        try writeText(text, row: row, column: column) { try workbook.handle(of: format, $0) }
    }

    private func writeText(_ text: String, row: Int, column: Int,
                           format: (ErrorSite) throws -> UnsafeMutablePointer<lxw_format>) throws {
        let site = site("write text", row: row, column: column)
        let sheet = try prepareCell(site, row, column)
        try workbook.require(Self.cellTextProblem(text), site)
        let format = try format(site)
        // withCString: passing the String itself copied every short (inline) text into a new
        // array first (`utf8CString`, perf at 1M: 7% of the Swift side of writing a row).
        try CellText.protectingEscapes(text).withCString { stored in
            try workbook.check(worksheet_write_string(sheet, UInt32(row), UInt16(column), stored, format), site)
        }
        advance(to: row)
    }

    /// Writes a number; NaN and ±infinity are refused.
    public func write(_ number: Double, row: Int, column: Int, style: CellStyle = .init()) throws {
        try writeNumber(number, row: row, column: column) { try workbook.format(for: style, $0) }
    }

    /// As `write(_:row:column:style:)`, with a format made once by `XLSXWorkbook.format(_:)`.
    public func write(_ number: Double, row: Int, column: Int, format: XLSXFormat) throws {
        try writeNumber(number, row: row, column: column) { try workbook.handle(of: format, $0) }
    }

    private func writeNumber(_ number: Double, row: Int, column: Int,
                             format: (ErrorSite) throws -> UnsafeMutablePointer<lxw_format>) throws {
        let site = site("write number", row: row, column: column)
        let sheet = try prepareCell(site, row, column)
        try workbook.require(XLSXValidation.finite(number, field: "number"), site)
        let format = try format(site)
        try workbook.check(worksheet_write_number(sheet, UInt32(row), UInt16(column), number, format), site)
        advance(to: row)
    }

    /// Writes a formula with its value already computed, so readers that do not
    /// recalculate (viewers, LibreOffice with recalculation off) still show a number.
    /// The leading `=` is optional.
    public func writeFormula(
        _ formula: String, cachedValue: Double, row: Int, column: Int, style: CellStyle = .init()
    ) throws {
        let site = site("write formula", row: row, column: column)
        let sheet = try prepareCell(site, row, column)
        try workbook.require(Self.formulaProblem(formula), site)
        try workbook.require(XLSXValidation.finite(cachedValue, field: "cached value"), site)
        let format = try workbook.format(for: style, site)
        try workbook.check(
            worksheet_write_formula_num(sheet, UInt32(row), UInt16(column), formula, format, cachedValue), site)
        advance(to: row)
    }

    /// Writes an empty cell carrying a style (borders, fill).
    public func writeBlank(row: Int, column: Int, style: CellStyle) throws {
        try writeBlankCell(row: row, column: column) { try workbook.format(for: style, $0) }
    }

    /// As `writeBlank(row:column:style:)`, with a format made once by `XLSXWorkbook.format(_:)`.
    public func writeBlank(row: Int, column: Int, format: XLSXFormat) throws {
        try writeBlankCell(row: row, column: column) { try workbook.handle(of: format, $0) }
    }

    private func writeBlankCell(row: Int, column: Int, format: (ErrorSite) throws -> UnsafeMutablePointer<lxw_format>) throws {
        let site = site("write blank", row: row, column: column)
        let sheet = try prepareCell(site, row, column)
        let format = try format(site)
        try workbook.check(worksheet_write_blank(sheet, UInt32(row), UInt16(column), format), site)
        advance(to: row)
    }
}

// MARK: - Shared checks

extension XLSXWorksheet {
    func site(_ operation: String, row: Int? = nil, column: Int? = nil) -> ErrorSite {
        ErrorSite(operation: operation, sheet: name, row: row, column: column)
    }

    /// The C worksheet, if its workbook is still open.
    func openHandle(_ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_worksheet> {
        _ = try workbook.requireOpen(site)
        return handle
    }

    /// Open workbook, cell inside the grid, row not before the streamed one.
    func prepareCell(_ site: ErrorSite, _ row: Int, _ column: Int) throws -> UnsafeMutablePointer<lxw_worksheet> {
        let sheet = try openHandle(site)
        try workbook.require(XLSXValidation.cell(row, column), site)
        try requireRowOrder(row, site)
        return sheet
    }

    /// In constant-memory mode libxlsxwriter has already flushed earlier rows; it answers a
    /// write there with "index out of range", which hides the real cause.
    func requireRowOrder(_ row: Int, _ site: ErrorSite) throws {
        guard workbook.options.constantMemory, row < currentRow else { return }
        throw workbook.error(.rowOutOfOrder(row: row, currentRow: currentRow), site)
    }

    /// Records that libxlsxwriter moved its streamed row forward to `row`.
    func advance(to row: Int) {
        if workbook.options.constantMemory { currentRow = max(currentRow, row) }
    }

    static func cellTextProblem(_ text: String) -> XLSXError.Kind? {
        XLSXValidation.text(text, field: "cell text", limit: XLSXLimits.maxCellCharacters)
    }

    static func formulaProblem(_ formula: String) -> XLSXError.Kind? {
        let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        if body.trimmingCharacters(in: .whitespaces).isEmpty { return .invalidArgument("the formula is empty") }
        return XLSXValidation.text(body, field: "formula", limit: XLSXLimits.maxFormulaCharacters)
    }
}
