import Foundation

/// The look of every workbook: Times New Roman, as Vietnamese administrative documents
/// are (Nghị định 30/2020), text 13 pt and tables 12 pt.
enum WorkbookStyle {
    static let body = CellStyle(fontSize: 12, wrap: true, vertical: .top, border: .thin)
    static let bodyCentered = CellStyle(fontSize: 12, wrap: true, horizontal: .center, vertical: .top, border: .thin)
    static let number = CellStyle(fontSize: 12, horizontal: .right, vertical: .top, border: .thin, numberFormat: "#,##0")
    static let header = CellStyle(fontSize: 12, bold: true, wrap: true, horizontal: .center, vertical: .center,
                                  border: .thin, backgroundColor: 0xDDEBF7)
    static let agencyTop = CellStyle(fontSize: 13, wrap: true, horizontal: .center)
    static let agency = CellStyle(fontSize: 13, bold: true, wrap: true, horizontal: .center)
    static let nation = CellStyle(fontSize: 13, bold: true, wrap: true, horizontal: .center)
    static let motto = CellStyle(fontSize: 13, bold: true, underline: true, wrap: true, horizontal: .center)
    static let placeDate = CellStyle(fontSize: 13, italic: true, horizontal: .right)
    static let title = CellStyle(fontSize: 14, bold: true, wrap: true, horizontal: .center, vertical: .center)
    static let subtitle = CellStyle(fontSize: 13, italic: true, wrap: true, horizontal: .center, vertical: .center)
    static let note = CellStyle(fontSize: 12, italic: true)
    /// Cells a department fills in.
    static let toFill = CellStyle(fontSize: 12, wrap: true, vertical: .top, border: .thin, backgroundColor: 0xFFF2CC)

    /// `streamed`: constant-memory mode (rows streamed to a temporary file in
    /// `temporaryDirectory`, strings stored inline), so memory stays flat however many
    /// questions a campaign holds. Not for workbooks with charts: libxlsxwriter then can
    /// neither cache the charted values in the chart nor see row heights when placing it.
    /// Every workbook is deflated at `deflateLevel`.
    static func options(_ creationTime: Date, title: String, streamed: Bool = false,
                        temporaryDirectory: String? = nil) -> XLSXWorkbook.Options {
        XLSXWorkbook.Options(constantMemory: streamed, temporaryDirectory: temporaryDirectory,
                             creationDate: creationTime, title: title, author: "doithoai",
                             deflateLevel: deflateLevel)
    }

    /// zlib's level 2 instead of libxlsxwriter's 6: at 100k questions the write stage takes
    /// 14.7 s instead of 20.4 s, and the consolidated workbook is 52 MB instead of 40 MB
    /// (BENCHMARKS.md, "A faster deflate level"). Speed first: the outputs are rewritten every
    /// night, and a province's workbooks are a few MB either way.
    static let deflateLevel: Int32 = 2
}

/// The place-and-date line of Nghị định 30/2020: "Cao Bằng, ngày 05 tháng 8 năm 2025" —
/// a day below 10 and the months January and February take a leading zero.
enum PlaceDate {
    static func line(place: String, day: Day) -> String {
        let dd = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let mm = day.month < 3 ? "0\(day.month)" : "\(day.month)"
        return "\(place), ngày \(dd) tháng \(mm) năm \(day.year)"
    }
}
