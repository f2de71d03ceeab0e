import CXLSXWriter

extension XLSXWorksheet {
    /// Applies print settings: paper, orientation, fit to width, repeated header rows and columns,
    /// header/footer, margins and horizontal centring.
    public func setupPage(_ page: PageSetup) throws {
        let site = site("set up page")
        let sheet = try openHandle(site)
        try workbook.require(page.problem, site)
        worksheet_set_paper(sheet, UInt8(page.paperSize))
        switch page.orientation {
        case .portrait: worksheet_set_portrait(sheet)
        case .landscape: worksheet_set_landscape(sheet)
        }
        // Height 0: as many pages tall as needed.
        if let wide = page.fitToPagesWide { worksheet_fit_to_pages(sheet, UInt16(wide), 0) }
        if let rows = page.repeatedRows {
            try workbook.check(worksheet_repeat_rows(sheet, UInt32(rows.lowerBound), UInt32(rows.upperBound)), site)
        }
        if let columns = page.repeatedColumns {
            try workbook.check(worksheet_repeat_columns(sheet, UInt16(columns.lowerBound), UInt16(columns.upperBound)), site)
        }
        if let header = page.header { try workbook.check(worksheet_set_header(sheet, header), site) }
        if let footer = page.footer { try workbook.check(worksheet_set_footer(sheet, footer), site) }
        if let margins = page.margins {
            worksheet_set_margins(sheet, margins.left, margins.right, margins.top, margins.bottom)
        }
        if page.centerHorizontally { worksheet_center_horizontally(sheet) }
    }
}
