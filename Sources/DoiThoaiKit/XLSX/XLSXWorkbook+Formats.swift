import CXLSXWriter

extension XLSXWorkbook {
    /// The workbook's format for `style`, created on first use and reused afterwards,
    /// since libxlsxwriter formats live as long as the workbook.
    func format(for style: CellStyle, _ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_format> {
        if let cached = formats[style] { return cached }
        let workbook = try requireOpen(site)
        try require(style.problem, site)
        guard let format = workbook_add_format(workbook) else {
            throw error(.libraryReturnedNull(function: "workbook_add_format"), site)
        }
        style.apply(to: format)
        formats[style] = format
        return format
    }

    /// As `format(for:_:)`, with `nil` meaning "no format".
    func format(forOptional style: CellStyle?, _ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        return try format(for: style, site)
    }
}
