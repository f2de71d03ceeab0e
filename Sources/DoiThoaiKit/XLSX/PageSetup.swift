/// Print settings for a worksheet. The defaults print on A4 portrait with
/// libxlsxwriter's margins and no header or footer.
public struct PageSetup: Hashable, Sendable {
    public enum Orientation: Hashable, Sendable { case portrait, landscape }

    /// Page margins in inches.
    public struct Margins: Hashable, Sendable {
        public var left: Double
        public var right: Double
        public var top: Double
        public var bottom: Double

        public init(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    /// Excel paper code for A4.
    public static let a4 = 9
    /// Centred footer "Trang 3/12" (page 3 of 12), in Excel's header/footer codes.
    public static let pageNumberFooter = "&CTrang &P/&N"

    /// Excel paper code (`9` = A4), `0...255`.
    public var paperSize: Int
    public var orientation: Orientation
    /// Scale to this many pages wide and any number of pages tall; `nil` prints at 100 %.
    public var fitToPagesWide: Int?
    /// Rows printed at the top of every page, e.g. `0...1` for a two-row table header.
    public var repeatedRows: ClosedRange<Int>?
    /// Columns printed at the left of every page, e.g. `0...1` for a table's labels when it
    /// is printed on several pages wide.
    public var repeatedColumns: ClosedRange<Int>?
    /// Header in Excel codes (`&L`, `&C`, `&R`, `&P`, `&N`); at most 255 characters.
    public var header: String?
    /// Footer in Excel codes, e.g. `PageSetup.pageNumberFooter`; at most 255 characters.
    public var footer: String?
    /// `nil` keeps libxlsxwriter's defaults.
    public var margins: Margins?
    public var centerHorizontally: Bool

    public init(
        paperSize: Int = PageSetup.a4, orientation: Orientation = .portrait, fitToPagesWide: Int? = nil,
        repeatedRows: ClosedRange<Int>? = nil, repeatedColumns: ClosedRange<Int>? = nil, header: String? = nil,
        footer: String? = nil, margins: Margins? = nil, centerHorizontally: Bool = false
    ) {
        self.paperSize = paperSize
        self.orientation = orientation
        self.fitToPagesWide = fitToPagesWide
        self.repeatedRows = repeatedRows
        self.repeatedColumns = repeatedColumns
        self.header = header
        self.footer = footer
        self.margins = margins
        self.centerHorizontally = centerHorizontally
    }

    /// The first value libxlsxwriter would truncate or misread, if any.
    var problem: XLSXError.Kind? {
        if !(0...255).contains(paperSize) { return .invalidArgument("paper size \(paperSize) is outside 0...255") }
        if let wide = fitToPagesWide, !(0...Int(UInt16.max)).contains(wide) {
            return .invalidArgument("fit to \(wide) pages wide is outside 0...\(UInt16.max)")
        }
        if let rows = repeatedRows, let problem = XLSXValidation.row(rows.lowerBound) ?? XLSXValidation.row(rows.upperBound) {
            return problem
        }
        if let columns = repeatedColumns,
           let problem = XLSXValidation.column(columns.lowerBound) ?? XLSXValidation.column(columns.upperBound) {
            return problem
        }
        // libxlsxwriter itself refuses more than 255 characters; here only NUL needs catching.
        for (field, text) in [("header", header), ("footer", footer)] {
            if let text, let problem = XLSXValidation.text(text, field: field, limit: Int.max) { return problem }
        }
        return margins?.problem
    }
}

extension PageSetup.Margins {
    var problem: XLSXError.Kind? {
        for (field, value) in [("left", left), ("right", right), ("top", top), ("bottom", bottom)] {
            if let problem = XLSXValidation.number(value, field: "\(field) margin", in: 0...49) { return problem }
        }
        return nil
    }
}
