import CXLSXWriter

/// A rectangle of merged cells, kept to refuse overlapping merges.
struct MergedRange: Equatable {
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int

    func overlaps(_ other: MergedRange) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }

    var name: String { CellReference.range(firstRow, firstColumn, lastRow, lastColumn) }
}

extension XLSXWorksheet {
    /// Merges a range of at least two cells and writes `text` (always as a string) into it.
    /// Overlapping an earlier merge is refused: Excel would report the file as damaged.
    public func merge(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, text: String, style: CellStyle
    ) throws {
        let site = site("merge cells", row: firstRow, column: firstColumn)
        let sheet = try openHandle(site)
        try workbook.require(XLSXValidation.range(firstRow, firstColumn, lastRow, lastColumn), site)
        let range = MergedRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        try requireMergeable(range, site)
        try requireRowOrder(firstRow, site)
        try workbook.require(Self.cellTextProblem(text), site)
        let format = try workbook.format(for: style, site)
        let stored = CellText.protectingEscapes(text)
        try workbook.check(
            worksheet_merge_range(
                sheet, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow), UInt16(lastColumn), stored, format),
            site)
        mergedRanges.append(range)
        advance(to: lastRow)  // the merge writes styled blanks down to its last row
    }

    /// Sets the width (in Excel character units, `0...255`) of columns `first...last`.
    public func setColumnWidth(first: Int, last: Int, width: Double, style: CellStyle? = nil) throws {
        let site = site("set column width", column: first)
        let sheet = try openHandle(site)
        try workbook.require(XLSXValidation.range(0, first, 0, last), site)
        try workbook.require(XLSXValidation.number(width, field: "column width", in: 0...XLSXLimits.maxColumnWidth), site)
        let format = try workbook.format(forOptional: style, site)
        try workbook.check(worksheet_set_column(sheet, UInt16(first), UInt16(last), width, format), site)
    }

    /// Sets a row's height in points (`0...409`); see `RowHeight` to size wrapped text.
    public func setRowHeight(_ row: Int, height: Double, style: CellStyle? = nil) throws {
        let site = site("set row height", row: row)
        let sheet = try openHandle(site)
        try workbook.require(XLSXValidation.row(row), site)
        try workbook.require(XLSXValidation.number(height, field: "row height", in: 0...XLSXLimits.maxRowHeight), site)
        try requireRowOrder(row, site)
        let format = try workbook.format(forOptional: style, site)
        try workbook.check(worksheet_set_row(sheet, UInt32(row), height, format), site)
        advance(to: row)
    }

    /// Freezes the rows above `row` and the columns left of `column` (0 freezes none).
    ///
    /// Does not throw, as a view setting cannot damage the file: values outside the grid
    /// are clamped into it, and the call does nothing once the workbook is closed.
    public func freezePanes(row: Int, column: Int) {
        guard let sheet = try? openHandle(site("freeze panes")) else { return }
        let row = min(max(row, 0), XLSXLimits.maxRows - 1)
        let column = min(max(column, 0), XLSXLimits.maxColumns - 1)
        worksheet_freeze_panes(sheet, UInt32(row), UInt16(column))
    }

    /// Adds filter buttons to the header row of a range. In constant-memory mode call it
    /// before writing past `firstRow`: libxlsxwriter checks the range against the streamed row.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let site = site("set autofilter", row: firstRow, column: firstColumn)
        let sheet = try openHandle(site)
        try workbook.require(XLSXValidation.range(firstRow, firstColumn, lastRow, lastColumn), site)
        // In constant-memory mode libxlsxwriter 1.1.4 checks the filter's last row (tried:
        // a filter ending on the streamed row is accepted, one ending above it refused).
        try requireRowOrder(lastRow, site)
        try workbook.check(
            worksheet_autofilter(sheet, UInt32(firstRow), UInt16(firstColumn), UInt32(lastRow), UInt16(lastColumn)),
            site)
    }

    /// A merge must cover two cells or more (libxlsxwriter refuses one with a vague
    /// "parameter validation" error) and must not overlap an earlier one.
    func requireMergeable(_ range: MergedRange, _ site: ErrorSite) throws {
        if range.firstRow == range.lastRow, range.firstColumn == range.lastColumn {
            throw workbook.error(.invalidArgument("merged range \(range.name) is a single cell"), site)
        }
        if let existing = mergedRanges.first(where: { $0.overlaps(range) }) {
            throw workbook.error(.overlappingMerge(range: range.name, existing: existing.name), site)
        }
    }
}
