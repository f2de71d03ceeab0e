/// The statistics workbook for the Ministry (Bộ Nội vụ, Vụ Công tác thanh niên): counts by
/// topic, status, unit, source and category, with native charts. Built from `Statistics`
/// alone, which holds no personal data, so none can reach this workbook.
struct StatisticsWorkbook {
    let statistics: Statistics
    let campaign: Campaign
    let today: Day

    func write(to workbook: XLSXWorkbook) throws {
        let heading = DocumentHeading(campaign: campaign, today: today,
                                      title: "Thống kê ý kiến, kiến nghị của thanh niên tỉnh \(campaign.province) năm \(campaign.year)")
        try countSheet("Theo nhóm vấn đề", "Nhóm vấn đề", statistics.byTopic, heading: heading, chart: .bar, into: workbook)
        try topicByStatusSheet(into: workbook)
        try countSheet("Theo tình trạng", "Tình trạng", statistics.byStatus, chart: .column, into: workbook,
                       footnote: statistics.lateAnswers.map { "Trả lời gửi sau hạn (đã tính trong các dòng đã trả lời): \($0)." })
        try countSheet("Theo đơn vị", "Đơn vị", statistics.byUnit, chart: .bar, into: workbook)
        try countSheet("Theo nguồn", "Nguồn", statistics.bySource, chart: .pie, into: workbook)
        try countSheet("Theo đối tượng", "Đối tượng", statistics.byCategory, chart: .bar, into: workbook)
    }

    /// A two-column table of counts with its total, and a chart of it to the right.
    private func countSheet(_ name: String, _ label: String, _ counts: [Statistics.Count], heading: DocumentHeading? = nil,
                            chart kind: XLSXChartSpec.Kind, into workbook: XLSXWorkbook, footnote: String? = nil) throws {
        let rows = counts.enumerated().map { index, count -> [TableCell] in
            [.number(index + 1), .text(count.label), .number(count.count)]
        } + [[.text(""), .text("Tổng cộng"), .number(counts.map(\.count).reduce(0, +))]]
        let table = TableSheet(name: name, heading: heading, columns: [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: label, width: 40),
            TableColumn(header: "Số ý kiến", width: 12),
        ], rows: rows, footnote: footnote, headingSpan: 12)
        let sheet = try table.write(to: workbook)
        guard !counts.isEmpty else { return }
        let data = (table.headerRow + 1)...(table.headerRow + counts.count)
        let spec = XLSXChartSpec(
            kind: kind, title: "Số ý kiến, kiến nghị — \(name.lowercased())",
            series: [.init(name: "Số ý kiến", categories: .init(sheet: name, column: 1, rows: data), values: .init(sheet: name, column: 2, rows: data))],
            widthScale: 1.6, heightScale: max(1.2, Double(counts.count) / 12))
        try workbook.addChart(spec, to: sheet, row: table.headerRow, column: 4)
    }

    /// Topics down, statuses across, and a stacked chart of it.
    private func topicByStatusSheet(into workbook: XLSXWorkbook) throws {
        let name = "Nhóm vấn đề - tình trạng"
        let statuses = QuestionStatus.allCases
        let columns = [TableColumn(header: "Nhóm vấn đề", width: 40)]
            + statuses.map { TableColumn(header: $0.label, width: 14) } + [TableColumn(header: "Tổng", width: 10)]
        let rows = statistics.byTopic.map { topic -> [TableCell] in
            let counts = statuses.map { statistics.byTopicAndStatus[topic.key]?[$0.rawValue] ?? 0 }
            return [.text(topic.label)] + counts.map { .number($0) } + [.number(counts.reduce(0, +))]
        }
        try TableSheet(name: name, heading: nil, columns: columns, rows: rows).write(to: workbook)
        let data = 1...statistics.byTopic.count
        let series = statuses.enumerated().map { index, status in
            XLSXChartSpec.Series(name: status.label, categories: .init(sheet: name, column: 0, rows: data),
                                 values: .init(sheet: name, column: index + 1, rows: data))
        }
        // A sheet of its own: below the table the chart would straddle a page break.
        let chartSheet = try workbook.addWorksheet(named: "Biểu đồ tình trạng")
        try chartSheet.setupPage(PageSetup(orientation: .landscape, fitToPagesWide: 1, footer: PageSetup.pageNumberFooter))
        try workbook.addChart(XLSXChartSpec(kind: .stackedBar, title: "Tình trạng trả lời theo nhóm vấn đề", series: series,
                                            widthScale: 2.2, heightScale: 2),
                              to: chartSheet, row: 1, column: 1)
    }
}
