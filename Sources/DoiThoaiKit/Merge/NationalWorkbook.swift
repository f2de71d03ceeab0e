/// The national workbook for the Ministry (Bộ Nội vụ, Vụ Công tác thanh niên): the
/// provinces side by side, with totals and native charts. Built from `NationalStatistics`
/// alone, which comes from the provinces' statistics, so no personal data can reach it.
struct NationalWorkbook {
    let national: NationalStatistics
    /// The day in the place-and-date line.
    let today: Day

    /// The Ministry's title block: the Ministry above, the department that consolidates below.
    var heading: DocumentHeading {
        DocumentHeading(agencyTop: "BỘ NỘI VỤ", agency: "VỤ CÔNG TÁC THANH NIÊN", place: "Hà Nội", today: today,
                        title: "Tổng hợp ý kiến, kiến nghị của thanh niên với Chủ tịch UBND các tỉnh, thành phố \(yearsText)",
                        subtitle: "Tổng hợp từ số liệu thống kê của \(provinceCount) tỉnh, thành phố")
    }

    /// Provinces, each counted once however many years it sent.
    var provinceCount: Int {
        Set(national.provinces.map { VietnameseText.fold($0.name) }).count
    }

    var yearsText: String {
        let years = national.years.map(String.init)
        return years.count == 1 ? "năm \(years[0])" : "các năm \(years.joined(separator: ", "))"
    }

    func write(to workbook: XLSXWorkbook) throws {
        try provinceSheet(into: workbook)
        try breakdownSheet("Theo nhóm vấn đề", "Nhóm vấn đề", national.byTopic,
                           chart: .totals(title: "Số ý kiến, kiến nghị theo nhóm vấn đề, cả nước"), into: workbook)
        try breakdownSheet("Theo tình trạng", "Tình trạng", national.byStatus,
                           chart: .stackedByProvince(title: "Tình trạng trả lời theo tỉnh, thành phố"), into: workbook)
        try breakdownSheet("Theo nguồn", "Nguồn", national.bySource,
                           chart: .stackedByProvince(title: "Nguồn ý kiến, kiến nghị theo tỉnh, thành phố"), into: workbook)
        try breakdownSheet("Theo đối tượng", "Đối tượng", national.byCategory,
                           chart: .totals(title: "Số ý kiến, kiến nghị theo đối tượng, cả nước"), into: workbook)
    }

    // MARK: - Theo tỉnh

    static let provinceColumns = [
        TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Tỉnh, thành phố", width: 20),
        TableColumn(header: "Năm", width: 8, centered: true), TableColumn(header: "Số ý kiến", width: 11),
        TableColumn(header: "Số nhóm ý kiến", width: 11), TableColumn(header: "Đơn vị có ý kiến", width: 11),
        TableColumn(header: "Đã trả lời", width: 11), TableColumn(header: "Quá hạn chưa trả lời", width: 12),
        TableColumn(header: "Chưa trả lời (trong hạn)", width: 12),
    ]

    /// One row per province-year, the total row, and a bar chart of the questions beside it.
    private func provinceSheet(into workbook: XLSXWorkbook) throws {
        let name = "Theo tỉnh"
        let rows = national.provinces.enumerated().map { index, province -> [TableCell] in
            [.number(index + 1), .text(province.name), .text(String(province.year))] + Self.figures(of: [province]).map(TableCell.number)
        } + [[.text(""), .text("Tổng cộng"), .text("")] + Self.figures(of: national.provinces).map(TableCell.number)]
        let chartColumn = Self.provinceColumns.count + 1
        let widthScale = 1.3
        // The title block spans the chart too, so that it stands centred over the printed page.
        let table = TableSheet(name: name, heading: heading, columns: Self.provinceColumns, rows: rows,
                               headingSpan: chartColumn + Self.defaultColumns(coveredBy: widthScale))
        let sheet = try table.write(to: workbook)
        let data = (table.headerRow + 1)...(table.headerRow + national.provinces.count)
        let spec = XLSXChartSpec(
            kind: .bar, title: "Số ý kiến, kiến nghị theo tỉnh, thành phố",
            series: [.init(name: "Số ý kiến", categories: .init(sheet: name, column: 1, rows: data),
                           values: .init(sheet: name, column: 3, rows: data))],
            widthScale: widthScale, heightScale: Self.chartHeight(bars: national.provinces.count))
        try workbook.addChart(spec, to: sheet, row: table.headerRow, column: chartColumn)
    }

    /// Questions, groups, units, answered, overdue, pending, added over `provinces`.
    static func figures(of provinces: [NationalStatistics.Province]) -> [Int] {
        let columns: [(NationalStatistics.Province) -> Int] = [\.questions, \.groups, \.units, \.answered, \.overdue, \.pending]
        return columns.map { figure in provinces.map(figure).reduce(0, +) }
    }

    // MARK: - Breakdowns

    enum Chart {
        /// One bar per row, its total over the provinces.
        case totals(title: String)
        /// One bar per province, divided by the rows (a series per row).
        case stackedByProvince(title: String)
    }

    /// Rows of `breakdown` down, the provinces across, a total column and a total row; a
    /// chart to the right.
    private func breakdownSheet(_ name: String, _ label: String, _ breakdown: NationalStatistics.Breakdown,
                                chart: Chart, into workbook: XLSXWorkbook) throws {
        let columns = [TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: label, width: 34)]
            + provinceHeaders.map { TableColumn(header: $0, width: 12) } + [TableColumn(header: "Tổng", width: 11)]
        let rows = breakdown.rows.enumerated().map { index, row -> [TableCell] in
            [.number(index + 1), .text(row.label)] + (row.counts + [row.total]).map(TableCell.number)
        } + [[.text(""), .text("Tổng cộng")] + totalRow(breakdown).map(TableCell.number)]
        let table = TableSheet(name: name, heading: nil, columns: columns, rows: rows)
        let sheet = try table.write(to: workbook)
        try printAcross(sheet, table: table, chartScale: Self.breakdownChartScale)
        guard !breakdown.rows.isEmpty else { return }
        let spec: XLSXChartSpec
        switch chart {
        case .totals(let title): spec = totalsChart(title, name, breakdown, table)
        case .stackedByProvince(let title): spec = stackedChart(title, name, breakdown, table)
        }
        try workbook.addChart(spec, to: sheet, row: table.headerRow, column: columns.count + 1)
    }

    /// Each province's sum, then the sum of all.
    private func totalRow(_ breakdown: NationalStatistics.Breakdown) -> [Int] {
        let totals = breakdown.totals(provinces: national.provinces.count)
        return totals + [totals.reduce(0, +)]
    }

    static let breakdownChartScale = 1.4

    /// A dozen provinces across still print on one A4 page; the 34 provinces would print at
    /// a fifth of their size. Past one page's worth, the sheet prints on several pages wide,
    /// at about three quarters of its size, each page repeating the row labels.
    private func printAcross(_ sheet: XLSXWorksheet, table: TableSheet, chartScale: Double) throws {
        let labels = table.columns.prefix(2).map(\.width).reduce(0, +)
        let width = table.columns.map(\.width).reduce(0, +)
            + TableSheet.defaultColumnWidth * Double(1 + Self.defaultColumns(coveredBy: chartScale))
        let pages = Int(((width - labels) / (Self.charactersPerPage - labels)).rounded(.up))
        guard pages > 1 else { return }
        try sheet.setupPage(PageSetup(orientation: .landscape, fitToPagesWide: pages, repeatedRows: table.headerRow...table.headerRow,
                                      repeatedColumns: 0...1, footer: PageSetup.pageNumberFooter, centerHorizontally: true))
    }

    /// Column width units an A4 landscape page holds at about three quarters of full size.
    static let charactersPerPage = 200.0

    /// Default-width columns (64 pixels) that a chart of Excel's default width (480 pixels)
    /// times `scale` covers.
    static func defaultColumns(coveredBy scale: Double) -> Int {
        Int((480 * scale / 64).rounded(.up))
    }

    /// The column headers of the provinces: the name, and the year too when several years are merged.
    var provinceHeaders: [String] {
        let severalYears = national.years.count > 1
        return national.provinces.map { severalYears ? "\($0.name) \($0.year)" : $0.name }
    }

    private func totalsChart(_ title: String, _ name: String, _ breakdown: NationalStatistics.Breakdown,
                             _ table: TableSheet) -> XLSXChartSpec {
        let data = (table.headerRow + 1)...(table.headerRow + breakdown.rows.count)
        return XLSXChartSpec(
            kind: .bar, title: title,
            series: [.init(name: "Số ý kiến", categories: .init(sheet: name, column: 1, rows: data),
                           values: .init(sheet: name, column: table.columns.count - 1, rows: data))],
            widthScale: Self.breakdownChartScale, heightScale: Self.chartHeight(bars: breakdown.rows.count))
    }

    /// A series per row of the table (read across the province columns), the provinces as categories.
    private func stackedChart(_ title: String, _ name: String, _ breakdown: NationalStatistics.Breakdown,
                              _ table: TableSheet) -> XLSXChartSpec {
        let provinces = 2...(1 + national.provinces.count)
        let categories = XLSXChartSpec.CellRange(sheet: name, firstRow: table.headerRow, firstColumn: provinces.lowerBound,
                                                 lastRow: table.headerRow, lastColumn: provinces.upperBound)
        let series = breakdown.rows.enumerated().map { index, row in
            let line = table.headerRow + 1 + index
            return XLSXChartSpec.Series(name: row.label, categories: categories, values: .init(
                sheet: name, firstRow: line, firstColumn: provinces.lowerBound, lastRow: line, lastColumn: provinces.upperBound))
        }
        // A little taller than the totals chart: its legend lists every row.
        return XLSXChartSpec(kind: .stackedBar, title: title, series: series, widthScale: Self.breakdownChartScale,
                             heightScale: Self.chartHeight(bars: national.provinces.count) + 0.3)
    }

    /// Excel's default chart is 288 pixels high; past a dozen bars the labels would crowd.
    static func chartHeight(bars: Int) -> Double {
        min(10, max(1.2, Double(bars) / 12))
    }
}
