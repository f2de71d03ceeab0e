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

/// A style made into one of a workbook's formats once, for cells written by the hundred
/// thousand: finding the format by its style at every cell (styles compared field by
/// field) was a tenth of the Swift side of writing a table row (perf at 1M questions).
public struct XLSXFormat {
    let handle: UnsafeMutablePointer<lxw_format>
    let workbook: ObjectIdentifier
}

extension XLSXWorkbook {
    /// The workbook's format for `style`, for the worksheets' `write(_:row:column:format:)`.
    public func format(_ style: CellStyle) throws -> XLSXFormat {
        XLSXFormat(handle: try format(for: style, ErrorSite(operation: "add format")), workbook: ObjectIdentifier(self))
    }

    /// `format`'s handle, if it is one of this workbook's formats.
    func handle(of format: XLSXFormat, _ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_format> {
        guard format.workbook == ObjectIdentifier(self) else {
            throw error(.invalidArgument("the format belongs to another workbook"), site)
        }
        return format.handle
    }
}
