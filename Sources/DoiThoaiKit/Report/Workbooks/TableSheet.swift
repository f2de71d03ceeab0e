/// A cell value in a table row.
enum TableCell {
    case text(String)
    case number(Int)
    case toFill(String)

    /// The cell's text when it fits one cell; numbers are written as numbers, not as it.
    var wholeText: String? {
        switch self {
        case .number: return ""
        case .text(let text), .toFill(let text): return text
        }
    }
}

/// A table column: its header, its width in Excel character units, its alignment.
struct TableColumn {
    var header: String
    var width: Double
    var centered = false
}

/// The title block above a table (Nghị định 30/2020 layout).
struct DocumentHeading {
    var agencyTop: String
    var agency: String
    var placeDate: String
    var title: String
    var subtitle: String?

    init(campaign: Campaign, today: Day, title: String, subtitle: String? = nil) {
        agencyTop = "ỦY BAN NHÂN DÂN TỈNH \(campaign.province.uppercased())"
        agency = "SỞ NỘI VỤ"
        placeDate = PlaceDate.line(place: campaign.province, day: today)
        self.title = title.uppercased()
        self.subtitle = subtitle ?? campaign.title
    }

    /// The title block of another agency (the Ministry's national workbook): its two lines
    /// and its place are given; the layout and the date line are the same.
    init(agencyTop: String, agency: String, place: String, today: Day, title: String, subtitle: String?) {
        self.agencyTop = agencyTop
        self.agency = agency
        placeDate = PlaceDate.line(place: place, day: today)
        self.title = title.uppercased()
        self.subtitle = subtitle
    }
}

/// Writes one print-ready sheet: title block, a header row repeated on every page,
/// frozen and filtered, wrapped text with row heights sized to it (libxlsxwriter does not
/// size rows, and LibreOffice overlaps wrapped text otherwise), A4 landscape.
///
/// The rows are made one at a time as they are written (a lazy sequence), never all held
/// at once as arrays of cells beside the campaign. (With this and the workbooks holding
/// positions instead of copies of questions, a 1M run's write stage no longer raised the
/// peak memory: 4.0 → 3.0 GiB, same outputs. BENCHMARKS.md.)
struct TableSheet {
    var name: String
    var heading: DocumentHeading?
    var columns: [TableColumn]
    /// Iterated once, when the sheet is written.
    var rows: TableRows
    var footnote: String?
    /// Columns the title block spans; wider than the table on narrow statistics sheets,
    /// so that "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" has room beside the chart.
    var headingSpan: Int?

    init(name: String, heading: DocumentHeading?, columns: [TableColumn], rows: some Sequence<[TableCell]>,
         footnote: String? = nil, headingSpan: Int? = nil) {
        self.name = name
        self.heading = heading
        self.columns = columns
        self.rows = TableRows(rows)
        self.footnote = footnote
        self.headingSpan = headingSpan
    }

    /// The table's font size (`WorkbookStyle.body`), which row heights are sized for.
    static let fontSize = 12.0

    /// Excel's default column width, for columns beyond the table.
    static let defaultColumnWidth = 8.43

    /// The row of the table's header: below the title block when there is one.
    var headerRow: Int { heading == nil ? 0 : 8 }

    /// Writes the sheet and returns it, so that a chart can be placed beside the table.
    @discardableResult
    func write(to workbook: XLSXWorkbook) throws -> XLSXWorksheet {
        let sheet = try workbook.addWorksheet(named: name)
        for (index, column) in columns.enumerated() {
            try sheet.setColumnWidth(first: index, last: index, width: column.width)
        }
        if let heading { try write(heading, on: sheet) }
        try writeHeader(on: sheet, row: headerRow)
        let lastRow = try writeBody(on: sheet, from: headerRow + 1, formats: try BodyFormats(workbook))
        // After the body, ending on the row just streamed, which constant-memory mode accepts:
        // so the rows need not be made twice, once to count the lines they take.
        try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: lastRow, lastColumn: columns.count - 1)
        if let footnote { try sheet.write(footnote, row: lastRow + 2, column: 0, style: WorkbookStyle.note) }
        sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setupPage(PageSetup(orientation: .landscape, fitToPagesWide: 1, repeatedRows: headerRow...headerRow,
                                      footer: PageSetup.pageNumberFooter, centerHorizontally: true))
        return sheet
    }

    /// Writes the title block in the rows above `headerRow`.
    private func write(_ heading: DocumentHeading, on sheet: XLSXWorksheet) throws {
        let widths = (0..<max(columns.count, headingSpan ?? 0)).map { $0 < columns.count ? columns[$0].width : Self.defaultColumnWidth }
        let last = widths.count - 1
        let split = Self.leftBlockEnd(widths)
        // Row by row, left to right: constant-memory mode writes rows in order only.
        try span(sheet, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: split, text: heading.agencyTop, style: WorkbookStyle.agencyTop)
        try span(sheet, firstRow: 0, firstColumn: split + 1, lastRow: 0, lastColumn: last, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: WorkbookStyle.nation)
        try span(sheet, firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: split, text: heading.agency, style: WorkbookStyle.agency)
        try span(sheet, firstRow: 1, firstColumn: split + 1, lastRow: 1, lastColumn: last, text: "Độc lập - Tự do - Hạnh phúc", style: WorkbookStyle.motto)
        try span(sheet, firstRow: 3, firstColumn: split + 1, lastRow: 3, lastColumn: last, text: heading.placeDate, style: WorkbookStyle.placeDate)
        try span(sheet, firstRow: 5, firstColumn: 0, lastRow: 5, lastColumn: last, text: heading.title, style: WorkbookStyle.title)
        try sheet.setRowHeight(5, height: 36)
        if let subtitle = heading.subtitle {
            try span(sheet, firstRow: 6, firstColumn: 0, lastRow: 6, lastColumn: last, text: subtitle, style: WorkbookStyle.subtitle)
            try sheet.setRowHeight(6, height: 34)
        }
    }

    /// The last column of the left block (the agency's name): about 40% of the width,
    /// never all of it, as in the decree's two-column layout.
    static func leftBlockEnd(_ widths: [Double]) -> Int {
        let target = widths.reduce(0, +) * 0.4
        var total = 0.0
        for (index, width) in widths.enumerated() {
            total += width
            if total >= target { return max(0, min(index, widths.count - 2)) }
        }
        return max(0, widths.count - 2)
    }

    /// Merges a range, or writes the one cell when the range is a single cell (which
    /// Excel refuses to merge), as happens on narrow statistics tables.
    private func span(_ sheet: XLSXWorksheet, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
                      text: String, style: CellStyle) throws {
        if firstColumn == lastColumn && firstRow == lastRow {
            try sheet.write(text, row: firstRow, column: firstColumn, style: style)
        } else {
            try sheet.merge(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn, text: text, style: style)
        }
    }

    private func writeHeader(on sheet: XLSXWorksheet, row: Int) throws {
        for (index, column) in columns.enumerated() {
            try sheet.write(column.header, row: row, column: index, style: WorkbookStyle.header)
        }
        let texts = columns.map { (text: $0.header, columnWidth: $0.width) }
        try sheet.setRowHeight(row, height: RowHeight.points(for: texts, fontSize: Self.fontSize))
    }

    /// Writes the rows; a text longer than a cell holds continues on the rows below,
    /// never cut. Returns the last row written.
    private func writeBody(on sheet: XLSXWorksheet, from firstRow: Int, formats: BodyFormats) throws -> Int {
        var row = firstRow
        for cells in rows {
            // Nearly every row fits one sheet row: written from its cells as they are,
            // without splitting each into pieces (an array per cell, a string per number).
            guard Self.lineCount(cells) > 1 else {
                try writeLine(cells, on: sheet, row: row, formats: formats) { _, cell in cell.wholeText }
                row += 1
                continue
            }
            let pieces = cells.map(Self.pieces)
            for part in 0..<(pieces.map(\.count).max() ?? 1) {
                try writeLine(cells, on: sheet, row: row, formats: formats) { index, _ in part < pieces[index].count ? pieces[index][part] : nil }
                row += 1
            }
        }
        return row - 1
    }

    /// Writes one sheet row of `cells`; `text(index, cell)` is the part of each cell on this
    /// row, nil where a cell has no more.
    private func writeLine(_ cells: [TableCell], on sheet: XLSXWorksheet, row: Int, formats: BodyFormats,
                           text: (Int, TableCell) -> String?) throws {
        var lines = 1
        for (index, cell) in cells.enumerated() {
            let column = columns[index]
            switch (cell, text(index, cell)) {
            case (.number(let value), .some):
                try sheet.write(Double(value), row: row, column: index, format: formats.number)
            case (.toFill, let text?):
                try sheet.write(text, row: row, column: index, format: formats.toFill)
            case (_, let text?):
                try sheet.write(text, row: row, column: index, format: column.centered ? formats.bodyCentered : formats.body)
                lines = max(lines, RowHeight.estimatedLines(text, columnWidth: column.width, fontSize: Self.fontSize))
            case (_, nil):
                try sheet.writeBlank(row: row, column: index, format: formats.body)
            }
        }
        try sheet.setRowHeight(row, height: RowHeight.points(lines: lines, fontSize: Self.fontSize))
    }

    /// The sheet rows a table row takes: its longest text's pieces.
    static func lineCount(_ cells: [TableCell]) -> Int {
        cells.reduce(1) { count, cell in
            switch cell {
            case .number: return count
            case .text(let text), .toFill(let text):
                // Most texts fit one cell; only those that may not are split to count.
                return text.utf8.count <= XLSXLimits.maxCellCharacters ? count : max(count, pieces(cell).count)
            }
        }
    }

    /// A cell's text in pieces that each fit in one cell.
    static func pieces(_ cell: TableCell) -> [String] {
        switch cell {
        case .number(let value): return [String(value)]
        case .text(let text), .toFill(let text): return text.isEmpty ? [""] : XLSXLimits.splitForCells(text)
        }
    }
}

/// The formats of a table's body cells, made once per sheet rather than found by their
/// styles at every cell.
private struct BodyFormats {
    let number, toFill, body, bodyCentered: XLSXFormat

    init(_ workbook: XLSXWorkbook) throws {
        number = try workbook.format(WorkbookStyle.number)
        toFill = try workbook.format(WorkbookStyle.toFill)
        body = try workbook.format(WorkbookStyle.body)
        bodyCentered = try workbook.format(WorkbookStyle.bodyCentered)
    }
}
