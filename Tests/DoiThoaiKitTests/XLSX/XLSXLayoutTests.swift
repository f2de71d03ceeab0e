import Foundation
import XCTest
@testable import DoiThoaiKit

final class XLSXLayoutTests: XLSXTestCase {
    func testOneFormatPerDistinctStyle() throws {
        let header = CellStyle(bold: true, horizontal: .center, border: .thin, backgroundColor: 0x000000)
        let body = CellStyle(wrap: true, vertical: .top, border: .thin, numberFormat: "#,##0")
        let file = try makeWorkbook { _, sheet in
            for row in 0..<20 {
                try sheet.write("Tiêu đề \(row)", row: row, column: 0, style: header)
                try sheet.write(Double(row), row: row, column: 1, style: body)
            }
        }
        let styles = try part(file, "xl/styles.xml")
        XCTAssertTrue(styles.contains("<cellXfs count=\"3\">"), styles)  // default + 2 styles
        XCTAssertTrue(styles.contains("Times New Roman"))
        XCTAssertTrue(styles.contains("formatCode=\"#,##0\""))
        XCTAssertTrue(styles.contains("rgb=\"FF000000\""), "black fill must not be dropped as 'unset'")
        let cells = try cells(file)
        XCTAssertEqual(cells["A1"]?.style, cells["A20"]?.style)
        XCTAssertNotEqual(cells["A1"]?.style, cells["B1"]?.style)
    }

    func testInvalidStyleIsRefused() throws {
        let workbook = try XLSXWorkbook(path: path("style.xlsx"))
        let sheet = try workbook.addWorksheet(named: "S")
        let tooBig = CellStyle(fontSize: 500)
        guard case .invalidArgument? = expectError({ try sheet.write("a", row: 0, column: 0, style: tooBig) })?.kind
        else { return XCTFail("font size 500 accepted") }
        guard case .invalidArgument? = expectError({
            try sheet.write("a", row: 0, column: 0, style: CellStyle(backgroundColor: 0x1_000000))
        })?.kind else { return XCTFail("colour 0x1000000 accepted") }
        try workbook.close()
    }

    func testMergeWritesTextAndRefusesSingleCellsAndOverlaps() throws {
        let file = try makeWorkbook { _, sheet in
            try sheet.merge(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3,
                            text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: CellStyle(bold: true))
            let single = self.expectError {
                try sheet.merge(firstRow: 2, firstColumn: 0, lastRow: 2, lastColumn: 0, text: "x", style: .init())
            }
            guard case .invalidArgument? = single?.kind else { return XCTFail("\(String(describing: single))") }
            let overlap = self.expectError {
                try sheet.merge(firstRow: 0, firstColumn: 3, lastRow: 1, lastColumn: 4, text: "x", style: .init())
            }
            XCTAssertEqual(overlap?.kind, .overlappingMerge(range: "D1:E2", existing: "A1:D1"))
        }
        XCTAssertTrue(try part(file, "xl/worksheets/sheet1.xml").contains("<mergeCell ref=\"A1:D1\"/>"))
        XCTAssertEqual(try text(of: cells(file)["A1"], in: file), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    }

    func testColumnWidthRowHeightFreezeAndAutofilter() throws {
        let file = try makeWorkbook { _, sheet in
            try sheet.setColumnWidth(first: 0, last: 1, width: 30)
            try sheet.write("STT", row: 0, column: 0)
            try sheet.setRowHeight(0, height: 40)
            sheet.freezePanes(row: 1, column: 0)
            try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 1)
            let error = self.expectError { try sheet.setRowHeight(1, height: 410) }
            guard case .invalidArgument? = error?.kind else { return XCTFail("\(String(describing: error))") }
        }
        let xml = try part(file, "xl/worksheets/sheet1.xml")
        XCTAssertTrue(xml.contains("width=\"30.7109375\""), xml)  // Excel adds its padding to 30
        XCTAssertTrue(xml.contains("ht=\"40\" customHeight=\"1\""), xml)
        XCTAssertTrue(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), xml)
        XCTAssertTrue(xml.contains("<autoFilter ref=\"A1:B6\"/>"), xml)
    }

    func testPageSetupForA4LandscapePrinting() throws {
        let page = PageSetup(orientation: .landscape, fitToPagesWide: 1, repeatedRows: 0...1,
                             footer: PageSetup.pageNumberFooter, margins: .init(left: 0.5), centerHorizontally: true)
        let file = try makeWorkbook(sheet: "Tổng hợp") { _, sheet in
            try sheet.write("a", row: 0, column: 0)
            try sheet.setupPage(page)
        }
        let xml = try part(file, "xl/worksheets/sheet1.xml")
        let pageSetup = xml.components(separatedBy: "<pageSetup ").dropFirst().first?.prefix(while: { $0 != ">" }) ?? ""
        for attribute in ["paperSize=\"9\"", "orientation=\"landscape\"", "fitToHeight=\"0\""] {
            XCTAssertTrue(pageSetup.contains(attribute), "\(attribute) missing in <pageSetup \(pageSetup)>")
        }
        XCTAssertTrue(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"), xml)
        XCTAssertTrue(xml.contains("<printOptions horizontalCentered=\"1\"/>"), xml)
        XCTAssertTrue(xml.contains("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>"), xml)
        XCTAssertTrue(xml.contains("left=\"0.5\""), xml)
        let workbookXML = try part(file, "xl/workbook.xml")
        XCTAssertTrue(workbookXML.contains("_xlnm.Print_Titles"), workbookXML)
        XCTAssertTrue(workbookXML.contains("'Tổng hợp'!$1:$2"), workbookXML)
    }

    /// A table too wide for one page prints on several, each repeating its label columns.
    func testRepeatedColumnsPrintOnEveryPageBesideTheRepeatedRows() throws {
        let page = PageSetup(orientation: .landscape, fitToPagesWide: 3, repeatedRows: 0...0, repeatedColumns: 0...1)
        let file = try makeWorkbook(sheet: "Theo nhóm vấn đề") { _, sheet in
            try sheet.write("a", row: 0, column: 0)
            try sheet.setupPage(page)
        }
        let xml = try part(file, "xl/worksheets/sheet1.xml")
        XCTAssertTrue(xml.contains("fitToWidth=\"3\""), xml)
        let workbookXML = try part(file, "xl/workbook.xml")
        XCTAssertTrue(workbookXML.contains("'Theo nhóm vấn đề'!$A:$B,'Theo nhóm vấn đề'!$1:$1"), workbookXML)
        XCTAssertNotNil(PageSetup(repeatedColumns: 0...16_384).problem)
    }

    func testChartIsWrittenAsANativeChartPart() throws {
        let sheetName = "Thống kê"
        let file = try makeWorkbook(sheet: sheetName) { workbook, sheet in
            for (row, (topic, count)) in [("Việc làm", 12.0), ("Giáo dục", 7), ("Y tế", 3)].enumerated() {
                try sheet.write(topic, row: row + 1, column: 0)
                try sheet.write(count, row: row + 1, column: 1)
            }
            let spec = XLSXChartSpec(
                kind: .column, title: "Số ý kiến theo lĩnh vực",
                series: [.init(name: "Số ý kiến", categories: .init(sheet: sheetName, column: 0, rows: 1...3),
                               values: .init(sheet: sheetName, column: 1, rows: 1...3))],
                categoryAxisTitle: "Lĩnh vực", valueAxisTitle: "Số ý kiến")
            try workbook.addChart(spec, to: sheet, row: 5, column: 3)
        }
        XCTAssertTrue(try parts(file).contains("xl/charts/chart1.xml"))
        XCTAssertTrue(try parts(file).contains("xl/drawings/drawing1.xml"))
        let chart = try part(file, "xl/charts/chart1.xml")
        XCTAssertTrue(chart.contains("<c:barChart>") && chart.contains("<c:barDir val=\"col\"/>"), chart)
        XCTAssertTrue(chart.contains("<c:f>'Thống kê'!$A$2:$A$4</c:f>"), chart)
        XCTAssertTrue(chart.contains("<c:f>'Thống kê'!$B$2:$B$4</c:f>"), chart)
        XCTAssertTrue(chart.contains("Số ý kiến theo lĩnh vực"), chart)
        XCTAssertTrue(chart.contains("Lĩnh vực"), chart)
    }

    func testPieAndStackedChartsAndChartRefusals() throws {
        let file = path("charts.xlsx")
        let workbook = try XLSXWorkbook(path: file)
        let sheet = try workbook.addWorksheet(named: "Data")
        for row in 0..<3 { try sheet.write(Double(row + 1), row: row, column: 1) }
        let series = XLSXChartSpec.Series(categories: .init(sheet: "data", column: 0, rows: 0...2),
                                          values: .init(sheet: "Data", column: 1, rows: 0...2))
        try workbook.addChart(.init(kind: .pie, title: "Tỷ lệ", series: [series]), to: sheet, row: 5, column: 0)
        try workbook.addChart(.init(kind: .stackedColumn, title: "Chồng", series: [series, series]),
                              to: sheet, row: 20, column: 0)
        XCTAssertEqual(expectError { try workbook.addChart(.init(kind: .bar, title: "t", series: []), to: sheet, row: 0, column: 0) }?.kind,
                       .invalidArgument("the chart has no series"))
        var unknown = series
        unknown.values.sheet = "Không có"
        XCTAssertEqual(expectError { try workbook.addChart(.init(kind: .bar, title: "t", series: [unknown]), to: sheet, row: 0, column: 0) }?.kind,
                       .unknownSheet("Không có"))
        guard case .invalidArgument? = expectError({
            try workbook.addChart(.init(kind: .bar, title: "=1+2", series: [series]), to: sheet, row: 0, column: 0)
        })?.kind else { return XCTFail("chart title starting with '=' accepted") }
        try workbook.close()
        XCTAssertTrue(try part(file, "xl/charts/chart1.xml").contains("<c:pieChart>"))
        let stacked = try part(file, "xl/charts/chart2.xml")
        XCTAssertTrue(stacked.contains("<c:grouping val=\"stacked\"/>"), stacked)
        XCTAssertTrue(stacked.contains("<c:f>Data!$A$1:$A$3</c:f>"), "sheet name as added, not as referred to")
        XCTAssertFalse(try parts(file).contains("xl/charts/chart3.xml"))
    }
}
