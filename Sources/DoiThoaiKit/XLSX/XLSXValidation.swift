import Foundation

/// The checks the Swift layer makes before calling libxlsxwriter. Each returns the
/// problem found, or nil; callers attach the place and throw.
enum XLSXValidation {
    static func row(_ row: Int) -> XLSXError.Kind? {
        (0..<XLSXLimits.maxRows).contains(row) ? nil : .rowOutOfRange(row: row, limit: XLSXLimits.maxRows)
    }

    static func column(_ column: Int) -> XLSXError.Kind? {
        (0..<XLSXLimits.maxColumns).contains(column)
            ? nil : .columnOutOfRange(column: column, limit: XLSXLimits.maxColumns)
    }

    static func cell(_ row: Int, _ column: Int) -> XLSXError.Kind? {
        self.row(row) ?? self.column(column)
    }

    /// Both corners valid and the first not after the last.
    static func range(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) -> XLSXError.Kind? {
        if let problem = cell(firstRow, firstColumn) ?? cell(lastRow, lastColumn) { return problem }
        guard firstRow <= lastRow, firstColumn <= lastColumn else {
            let name = CellReference.range(firstRow, firstColumn, lastRow, lastColumn)
            return .invalidArgument("range \(name) has its first row or column after its last")
        }
        return nil
    }

    /// No NUL (C strings would cut the text there) and at most `limit` UTF-16 units.
    ///
    /// Checked on UTF-8 bytes, which native strings hold: walking the UTF-16 view of every
    /// cell of a large run was measurable (perf). A NUL byte in UTF-8 is U+0000 and nothing
    /// else; a text of at most `limit` UTF-8 bytes has at most `limit` UTF-16 units.
    static func text(_ text: String, field: String, limit: Int) -> XLSXError.Kind? {
        if ByteScan.contains(0, in: text), let offset = text.utf16.firstIndex(of: 0) {
            return .nulCharacter(field: field, offset: text.utf16.distance(from: text.utf16.startIndex, to: offset))
        }
        guard text.utf8.count > limit else { return nil }
        let length = text.utf16.count
        return length > limit ? .textTooLong(field: field, length: length, limit: limit) : nil
    }

    /// libxlsxwriter accepts NaN and ±inf with code 0, then writes `NAN`/`INF` into the XML.
    static func finite(_ value: Double, field: String) -> XLSXError.Kind? {
        value.isFinite ? nil : .nonFiniteNumber(field: field, value: "\(value)")
    }

    /// A finite value inside `bounds`, for widths, heights, margins and scales.
    static func number(_ value: Double, field: String, in bounds: ClosedRange<Double>) -> XLSXError.Kind? {
        if let problem = finite(value, field: field) { return problem }
        return bounds.contains(value)
            ? nil : .invalidArgument("\(field) \(value) is outside \(bounds.lowerBound)...\(bounds.upperBound)")
    }

    /// Excel's rules for a worksheet name (uniqueness is checked by the workbook).
    static func sheetName(_ name: String) -> XLSXError.SheetNameProblem? {
        if name.isEmpty { return .empty }
        let length = name.utf16.count
        if length > XLSXLimits.maxSheetNameCharacters {
            return .tooLong(length: length, limit: XLSXLimits.maxSheetNameCharacters)
        }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) { return .forbiddenCharacter(bad) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostropheAtEdge }
        return nil
    }

    /// Key under which two sheet names clash: Excel and LibreOffice compare names ignoring
    /// case for every script, so "Tổng hợp" and "TỔNG HỢP" are the same sheet. NFC first, so a
    /// decomposed "ổ" clashes with a precomposed one too.
    static func sheetKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }
}
