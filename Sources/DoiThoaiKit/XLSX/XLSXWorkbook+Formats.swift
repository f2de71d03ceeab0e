import CXLSXWriter

extension XLSXWorkbook {
    /// The workbook's format for `style`, created on first use and reused afterwards,
    /// since libxlsxwriter formats live as long as the workbook.
    func format(for style: CellStyle, _ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_format> {
        if let recent = recentFormats.first(where: { $0.style == style }) { return recent.format }
        if let cached = formats[style] {
            remember(style, cached)
            return cached
        }
        let workbook = try requireOpen(site)
        try require(style.problem, site)
        guard let format = workbook_add_format(workbook) else {
            throw error(.libraryReturnedNull(function: "workbook_add_format"), site)
        }
        style.apply(to: format)
        formats[style] = format
        remember(style, format)
        return format
    }

    /// Keeps the last four styles used, the latest first.
    private func remember(_ style: CellStyle, _ format: UnsafeMutablePointer<lxw_format>) {
        recentFormats.insert((style, format), at: 0)
        if recentFormats.count > 4 { recentFormats.removeLast() }
    }

    /// As `format(for:_:)`, with `nil` meaning "no format".
    func format(forOptional style: CellStyle?, _ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        return try format(for: style, site)
    }
}
