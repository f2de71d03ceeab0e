import Foundation
import XCTest

/// `doithoai merge` on the statistics of three provinces, each made by `doithoai run` on a
/// copy of the small campaign: the national workbook, and the refusals that write nothing.
final class MergeCommandTests: XCTestCase {
    static var work: Workdir!
    /// The provinces' statistics files, each in its run's output folder, as in README.md's example.
    static let files = ["cao-bang/statistics.json", "thai-nguyen/statistics.json", "lang-son/statistics.json"]

    /// Thái Nguyên lacks the Youth Union's list and Lạng Sơn runs before the answer deadline,
    /// so that the three files differ.
    override class func setUp() {
        work = try! Workdir("merge")
        let provinces = [("Cao Bằng", "CB25", "2025-08-25"), ("Thái Nguyên", "TN25", "2025-08-25"), ("Lạng Sơn", "LS25", "2025-08-10")]
        for ((province, prefix, today), file) in zip(provinces, files) {
            try! makeStatistics(province: province, codePrefix: prefix, today: today, output: (file as NSString).deletingLastPathComponent)
        }
    }

    static func makeStatistics(province: String, codePrefix: String, today: String, output: String) throws {
        let input = "input-\(codePrefix)"
        try work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/small-campaign", to: input)
        let yaml = try work.read("\(input)/campaign.yml")
            .replacingOccurrences(of: "province: Cao Bằng", with: "province: \(province)")
            .replacingOccurrences(of: "code_prefix: CB25", with: "code_prefix: \(codePrefix)")
        try work.write(yaml, to: "\(input)/campaign.yml")
        if codePrefix == "TN25" { try FileManager.default.removeItem(at: work.url("\(input)/questions/tinh-doan-tong-hop.csv")) }
        let result = try work.run(["run", "--input", input, "--output", output, "--today", today])
        precondition(result.status == 0, "\(result)")
    }

    override class func tearDown() {
        work.remove()
    }

    var work: Workdir { Self.work }

    func merge(_ arguments: [String]) throws -> CommandResult {
        try work.run(["merge"] + arguments)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: work.url(relative).path)
    }

    /// Names in the work folder's top level that a merge left behind (a staging folder).
    func hiddenEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: work.root.path).filter { $0.hasPrefix(".") }
    }

    func testTheNationalWorkbookHasItsSheetsAndTheSumOfTheProvinces() throws {
        let result = try merge(Self.files + ["--output", "toan-quoc-2025.xlsx"])
        XCTAssertEqual(result.status, 0, "\(result)")
        let questions = try Self.files.map { try work.json($0)["questions"] as! Int }
        XCTAssertEqual(questions, [5, 3, 5])
        XCTAssertTrue(result.stdout.contains("Cả nước: 13 ý kiến, kiến nghị"), "\(result)")
        let book = XLSXParts(path: work.url("toan-quoc-2025.xlsx").path)
        XCTAssertEqual(try book.sheetNames(), ["Theo tỉnh", "Theo nhóm vấn đề", "Theo tình trạng", "Theo nguồn", "Theo đối tượng"])
        // "Theo tỉnh": header on row 9, the three provinces on rows 10–12, the total on row 13,
        // the questions in column D.
        let sheet = try book.part("xl/worksheets/sheet1.xml")
        XCTAssertEqual(Self.number(in: sheet, at: "D13"), questions.reduce(0, +), sheet)
        let text = try book.allText()
        for expected in ["Cao Bằng", "Thái Nguyên", "Lạng Sơn", "BỘ NỘI VỤ", "VỤ CÔNG TÁC THANH NIÊN",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội, ngày ", "Tổng cộng", "Khởi nghiệp"] {
            XCTAssertTrue(text.contains(expected), "the national workbook lacks \(expected)")
        }
        XCTAssertEqual(book.names.filter { $0.hasPrefix("xl/charts/") }.count, 5)
        XCTAssertEqual(try hiddenEntries(), [])
    }

    /// Built from statistics only: no asker's name, phone or address can reach it.
    func testTheNationalWorkbookHoldsNoPersonalData() throws {
        let result = try merge(Self.files + ["--output", "rieng-tu.xlsx"])
        XCTAssertEqual(result.status, 0, "\(result)")
        let text = try XLSXParts(path: work.url("rieng-tu.xlsx").path).allText()
        for personal in ["Nông Văn Thử", "Lý Thị Mẫu", "Ma Văn Công", "0912345678", "Xóm Nà Thử", "Bao giờ xóm em"] {
            XCTAssertFalse(text.contains(personal), "the national workbook contains \(personal)")
        }
    }

    func testTwoFilesOfTheSameProvinceAndYearAreRefusedNamingBothAndNothingIsWritten() throws {
        try? FileManager.default.removeItem(at: work.url("cao-bang-lan-2.json"))
        try FileManager.default.copyItem(at: work.url("cao-bang/statistics.json"), to: work.url("cao-bang-lan-2.json"))
        let result = try merge(Self.files + ["cao-bang-lan-2.json", "--output", "trung.xlsx"])
        XCTAssertEqual(result.status, 1, "\(result)")
        XCTAssertTrue(result.stderr.contains("Tệp cao-bang-lan-2.json và tệp cao-bang/statistics.json cùng là số liệu của tỉnh Cao Bằng năm 2025"),
                      "\(result)")
        XCTAssertFalse(exists("trung.xlsx"))
        XCTAssertEqual(try hiddenEntries(), [])
    }

    func testTheSameFileTwiceIsRefused() throws {
        let result = try merge(["lang-son/statistics.json", "lang-son/statistics.json", "--output", "hai-lan.xlsx"])
        XCTAssertEqual(result.status, 1, "\(result)")
        XCTAssertTrue(result.stderr.contains("Tệp lang-son/statistics.json được nêu hai lần"), "\(result)")
        XCTAssertFalse(exists("hai-lan.xlsx"))
    }

    /// Every problem is printed, not just the first, and nothing is written.
    func testEveryProblemIsPrintedTogether() throws {
        let newer = try work.read("thai-nguyen/statistics.json").replacingOccurrences(of: "\"schema_version\" : 1", with: "\"schema_version\" : 2")
        try work.write(newer, to: "thai-nguyen-v2.json")
        try work.write("{\"schema_version\": 1, \"province\": ", to: "hong.json")
        let result = try merge(["cao-bang/statistics.json", "thai-nguyen-v2.json", "hong.json", "khong-co.json", "--output", "toan-quoc.txt"])
        XCTAssertEqual(result.status, 1, "\(result)")
        for expected in ["Tệp kết quả toan-quoc.txt phải có đuôi .xlsx",
                         "Tệp thai-nguyen-v2.json: có phiên bản số liệu schema_version là 2",
                         "chạy lại doithoai run bằng bản phát hành hiện hành",
                         "Tệp hong.json: không phải tệp thống kê statistics.json hợp lệ (không đọc được JSON",
                         "Tệp khong-co.json: không đọc được (không tìm thấy tệp)"] {
            XCTAssertTrue(result.stderr.contains(expected), "stderr lacks \(expected)\n\(result)")
        }
        XCTAssertFalse(exists("toan-quoc.txt"))
    }

    func testHelpAndAMissingOutputOption() throws {
        let help = try merge(["--help"])
        XCTAssertEqual(help.status, 0, "\(help)")
        XCTAssertTrue(help.stdout.contains("--output"), "\(help)")
        XCTAssertEqual(try merge(Self.files).status, 64, "--output is required")
    }

    /// The value of cell `reference` in a worksheet's XML, when it holds a number.
    static func number(in sheet: String, at reference: String) -> Int? {
        let pattern = try! NSRegularExpression(pattern: "<c r=\"\(reference)\"[^>/]*><v>([0-9]+)</v>")
        guard let match = pattern.firstMatch(in: sheet, range: NSRange(sheet.startIndex..., in: sheet)),
              let value = Range(match.range(at: 1), in: sheet) else { return nil }
        return Int(sheet[value])
    }
}
