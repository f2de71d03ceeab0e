import CXLSXWriter

/// Turns an `XLSXChartSpec` into a libxlsxwriter chart. Everything is checked before
/// `workbook_add_chart`, because a chart cannot be removed from a workbook once added.
enum XLSXChart {
    /// Checks the spec against the workbook's sheets and Excel's limits.
    static func problem(in spec: XLSXChartSpec, workbook: XLSXWorkbook) -> XLSXError.Kind? {
        if spec.series.isEmpty { return .invalidArgument("the chart has no series") }
        for (field, text) in spec.texts {
            if let problem = XLSXValidation.text(text, field: field, limit: 255) { return problem }
            // libxlsxwriter reads a chart text starting with "=" as a cell reference.
            if text.hasPrefix("=") { return .invalidArgument("\(field) '\(text)' starts with '=', which charts read as a cell reference") }
        }
        for range in spec.series.flatMap({ [$0.categories, $0.values] }) {
            if workbook.worksheetName(matching: range.sheet) == nil { return .unknownSheet(range.sheet) }
            if let problem = XLSXValidation.range(range.firstRow, range.firstColumn, range.lastRow, range.lastColumn) {
                return problem
            }
        }
        return XLSXValidation.number(spec.widthScale, field: "chart width scale", in: 0.1...10)
            ?? XLSXValidation.number(spec.heightScale, field: "chart height scale", in: 0.1...10)
    }

    /// Builds the chart inside the workbook (which then owns it).
    static func build(
        _ spec: XLSXChartSpec, in handle: UnsafeMutablePointer<lxw_workbook>, workbook: XLSXWorkbook
    ) -> UnsafeMutablePointer<lxw_chart>? {
        guard let chart = workbook_add_chart(handle, UInt8(spec.kind.lxwType.rawValue)) else { return nil }
        for series in spec.series {
            guard let added = chart_add_series(chart, nil, nil) else { return nil }
            setRanges(series, on: added, workbook: workbook)
        }
        chart_title_set_name(chart, spec.title)
        if spec.kind != .pie {
            if let title = spec.categoryAxisTitle { chart_axis_set_name(chart.pointee.x_axis, title) }
            if let title = spec.valueAxisTitle { chart_axis_set_name(chart.pointee.y_axis, title) }
        }
        chart_legend_set_position(chart, UInt8(legendPosition(spec).rawValue))
        return chart
    }

    /// Points a series at its cells, using each sheet's name as added (libxlsxwriter quotes it).
    static func setRanges(_ series: XLSXChartSpec.Series, on added: UnsafeMutablePointer<lxw_chart_series>, workbook: XLSXWorkbook) {
        let categories = series.categories
        let values = series.values
        let categorySheet = workbook.worksheetName(matching: categories.sheet) ?? categories.sheet
        let valueSheet = workbook.worksheetName(matching: values.sheet) ?? values.sheet
        chart_series_set_categories(
            added, categorySheet, UInt32(categories.firstRow), UInt16(categories.firstColumn),
            UInt32(categories.lastRow), UInt16(categories.lastColumn))
        chart_series_set_values(
            added, valueSheet, UInt32(values.firstRow), UInt16(values.firstColumn),
            UInt32(values.lastRow), UInt16(values.lastColumn))
        if let name = series.name { chart_series_set_name(added, name) }
    }

    static func legendPosition(_ spec: XLSXChartSpec) -> lxw_chart_legend_position {
        switch spec.legend {
        case .automatic:
            return spec.series.count == 1 && spec.kind != .pie ? LXW_CHART_LEGEND_NONE : LXW_CHART_LEGEND_BOTTOM
        case .none: return LXW_CHART_LEGEND_NONE
        case .right: return LXW_CHART_LEGEND_RIGHT
        case .bottom: return LXW_CHART_LEGEND_BOTTOM
        case .top: return LXW_CHART_LEGEND_TOP
        }
    }
}

extension XLSXChartSpec.Kind {
    var lxwType: lxw_chart_type {
        switch self {
        case .bar: return LXW_CHART_BAR
        case .stackedBar: return LXW_CHART_BAR_STACKED
        case .column: return LXW_CHART_COLUMN
        case .stackedColumn: return LXW_CHART_COLUMN_STACKED
        case .pie: return LXW_CHART_PIE
        }
    }
}

extension XLSXWorkbook {
    /// Draws a native Excel chart on `sheet` with its top-left corner at (`row`, `column`).
    public func addChart(_ spec: XLSXChartSpec, to sheet: XLSXWorksheet, row: Int, column: Int) throws {
        let site = ErrorSite(operation: "add chart", sheet: sheet.name, row: row, column: column)
        let handle = try requireOpen(site)
        guard sheet.workbook === self else { throw error(.workbookClosed, site) }
        let worksheet = try sheet.openHandle(site)
        try require(XLSXValidation.cell(row, column), site)
        try require(XLSXChart.problem(in: spec, workbook: self), site)
        guard let chart = XLSXChart.build(spec, in: handle, workbook: self) else {
            throw error(.libraryReturnedNull(function: "workbook_add_chart/chart_add_series"), site)
        }
        var options = lxw_chart_options()
        options.x_scale = spec.widthScale
        options.y_scale = spec.heightScale
        try check(worksheet_insert_chart_opt(worksheet, UInt32(row), UInt16(column), chart, &options), site)
    }
}
