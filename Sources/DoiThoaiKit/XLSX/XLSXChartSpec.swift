/// A native Excel chart drawn from cell ranges already written to the workbook.
public struct XLSXChartSpec: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case bar, stackedBar, column, stackedColumn, pie }
    public enum Legend: Hashable, Sendable {
        /// Hidden for a single-series bar or column chart (it would only say "Series1"
        /// or repeat the title); at the bottom otherwise.
        case automatic
        case none, right, bottom, top
    }

    /// A rectangle of cells on a named worksheet of the same workbook.
    public struct CellRange: Hashable, Sendable {
        public var sheet: String
        public var firstRow: Int
        public var firstColumn: Int
        public var lastRow: Int
        public var lastColumn: Int

        public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
            self.sheet = sheet
            self.firstRow = firstRow
            self.firstColumn = firstColumn
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }

        /// Rows `rows` of one column.
        public init(sheet: String, column: Int, rows: ClosedRange<Int>) {
            self.init(sheet: sheet, firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
        }
    }

    /// One data series: category labels and the values plotted against them.
    public struct Series: Hashable, Sendable {
        /// Legend text; `nil` lets Excel call it "Series1", "Series2", ….
        public var name: String?
        public var categories: CellRange
        public var values: CellRange

        public init(name: String? = nil, categories: CellRange, values: CellRange) {
            self.name = name
            self.categories = categories
            self.values = values
        }
    }

    public var kind: Kind
    public var title: String
    /// One or more series; a pie chart draws only the first.
    public var series: [Series]
    /// Title of the category axis (vertical in a bar chart); ignored for pies.
    public var categoryAxisTitle: String?
    /// Title of the value axis (horizontal in a bar chart); ignored for pies.
    public var valueAxisTitle: String?
    public var legend: Legend
    /// Size relative to Excel's default 480 × 288 pixels, `0.1...10`.
    public var widthScale: Double
    public var heightScale: Double

    public init(
        kind: Kind, title: String, series: [Series], categoryAxisTitle: String? = nil,
        valueAxisTitle: String? = nil, legend: Legend = .automatic, widthScale: Double = 1, heightScale: Double = 1
    ) {
        self.kind = kind
        self.title = title
        self.series = series
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.legend = legend
        self.widthScale = widthScale
        self.heightScale = heightScale
    }

    /// Texts shown in the chart, with the field each is for.
    var texts: [(field: String, text: String)] {
        var texts = [("chart title", title)]
        if let categoryAxisTitle { texts.append(("category axis title", categoryAxisTitle)) }
        if let valueAxisTitle { texts.append(("value axis title", valueAxisTitle)) }
        texts += series.compactMap { series in series.name.map { ("series name", $0) } }
        return texts
    }
}
