import Foundation
import XCTest
@testable import DoiThoaiKit

/// `NationalMerge.run`: files in, the national workbook out, or nothing at all.
final class NationalMergeTests: XLSXTestCase {
    /// 5 February 2026, 09:00 in Hà Nội.
    static let creationTime = Date(timeIntervalSince1970: 1_770_256_800)

    func writeInputs() throws -> [String] {
        let inputs = [StatisticsMergeTests.caoBang, StatisticsMergeTests.thaiNguyen]
        return try inputs.map { input in
            try JSONOutput.data(input.statistics).write(to: URL(fileURLWithPath: path(input.file)))
            return path(input.file)
        }
    }

    func folderContents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    func testTheWorkbookHasTheMinistrysSheetsAndTitleBlock() throws {
        let output = path("toan-quoc.xlsx")
        try NationalMerge.run(files: writeInputs(), output: output, creationTime: Self.creationTime)
        let workbook = try part(output, "xl/workbook.xml")
        for sheet in ["Theo tỉnh", "Theo nhóm vấn đề", "Theo tình trạng", "Theo nguồn", "Theo đối tượng"] {
            XCTAssertTrue(workbook.contains("<sheet name=\"\(sheet)\""), "missing sheet \(sheet)")
        }
        let strings = try allStrings(output)
        for text in ["BỘ NỘI VỤ", "VỤ CÔNG TÁC THANH NIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Hà Nội, ngày 05 tháng 02 năm 2026", "Cây chè", "Tổng cộng"] {
            XCTAssertTrue(strings.contains(text), "missing \(text)")
        }
        XCTAssertEqual(try parts(output).filter { $0.hasPrefix("xl/charts/") }.count, 5)
        XCTAssertEqual(try folderContents().filter { $0.hasPrefix(".") }, [], "a staging folder was left behind")
    }

    /// The total row of "Theo tỉnh": the questions of both provinces.
    func testTheProvinceSheetTotalsTheProvinces() throws {
        let output = path("toan-quoc.xlsx")
        try NationalMerge.run(files: writeInputs(), output: output, creationTime: Self.creationTime)
        let cells = try cells(output, sheet: 1)
        // Header on row 9, the provinces on rows 10–11, the total on row 12; column D holds the questions.
        XCTAssertEqual(try text(of: cells["B12"], in: output), "Tổng cộng")
        XCTAssertEqual(cells["D12"]?.value, "10")
        XCTAssertEqual(cells["G12"]?.value, "5", "answered: 3 in Cao Bằng, 2 in Thái Nguyên")
    }

    func testAFixedCreationTimeGivesTheSameBytes() throws {
        let files = try writeInputs()
        let output = path("toan-quoc.xlsx")
        try NationalMerge.run(files: files, output: output, creationTime: Self.creationTime)
        let first = try Data(contentsOf: URL(fileURLWithPath: output))
        try NationalMerge.run(files: files, output: output, creationTime: Self.creationTime)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: output)), first)
    }

    func testARefusalWritesNothingAndKeepsTheEarlierWorkbook() throws {
        let files = try writeInputs()
        let output = path("toan-quoc.xlsx")
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: output))
        let before = try folderContents()
        XCTAssertThrowsError(try NationalMerge.run(files: files + [files[0]], output: output, creationTime: Self.creationTime))
        XCTAssertEqual(try folderContents(), before)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "earlier")
    }

    func testTheOutputMustBeAnXLSXFileInAFolderThatExists() throws {
        let files = try writeInputs()
        XCTAssertThrowsError(try NationalMerge.run(files: files, output: path("toan-quoc.csv"), creationTime: Self.creationTime)) { error in
            XCTAssertEqual((error as? MergeRefusal)?.problems, [.outputNotXLSX(path: self.path("toan-quoc.csv"))])
        }
        let missing = directory.appendingPathComponent("khong-co/toan-quoc.xlsx").path
        XCTAssertThrowsError(try NationalMerge.run(files: files, output: missing, creationTime: Self.creationTime)) { error in
            XCTAssertEqual((error as? MergeRefusal)?.problems,
                           [.outputFolderMissing(path: missing, folder: self.directory.appendingPathComponent("khong-co").path)])
        }
        XCTAssertEqual(try folderContents(), ["cao-bang.json", "thai-nguyen.json"])
    }

    /// Past a dozen provinces the breakdown sheets print on several pages wide, labels repeated.
    func testManyProvincesPrintOnSeveralPagesWide() throws {
        let provinces = (1...34).map { index in
            ProvinceStatistics(file: "\(index).json", statistics: StatisticsMergeTests.statistics(
                "Tỉnh \(index)", topics: [StatisticsMergeTests.count("viec-lam", index)]))
        }
        let file = path("toan-quoc.xlsx")
        let workbook = try XLSXWorkbook(path: file)
        try NationalWorkbook(national: try StatisticsMerge.merge(provinces), today: Day(year: 2026, month: 2, day: 5)).write(to: workbook)
        try workbook.close()
        XCTAssertTrue(try part(file, "xl/worksheets/sheet2.xml").contains("fitToWidth=\"4\""))
        XCTAssertTrue(try part(file, "xl/workbook.xml").contains("'Theo nhóm vấn đề'!$A:$B"))
    }
}
