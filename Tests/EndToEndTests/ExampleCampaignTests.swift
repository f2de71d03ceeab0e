import Foundation
import XCTest

/// The shipped example campaigns (Cao Bằng 2025 in `input/`, Thái Nguyên 2025 in
/// `examples/`), run as `make run` runs them, into temporary folders.
final class ExampleCampaignTests: XCTestCase {
    var work: Workdir!

    override func setUpWithError() throws {
        work = try Workdir("example")
    }

    override func tearDown() {
        work.remove()
    }

    func run(_ packageFolder: String) throws -> (report: [String: Any], csv: [[String]]) {
        try work.copy(packageFolder: packageFolder, to: "input")
        let result = try work.run(["run", "--input", "input", "--output", "output", "--today", "2025-11-01"])
        XCTAssertEqual(result.status, 0, "\(result)")
        let csv = try work.read("output/questions.csv")
        let records = try CSVTestReader.records(csv)
        return (try work.json("output/run-report.json"), records)
    }

    func testCaoBangAccountsForEveryRowAndGroupsConcernsAcrossCommunes() throws {
        let (report, csv) = try run("input")
        let rows = report["rows"] as! [String: Int]
        XCTAssertEqual(rows["read"], rows["accepted"]! + rows["known"]! + rows["rejected"]!, "\(rows)")
        XCTAssertGreaterThanOrEqual(rows["read"]!, 300)
        XCTAssertGreaterThan(rows["known"]!, 0, "the cumulative re-export must be recognised")
        XCTAssertGreaterThan(rows["rejected"]!, 0, "the example's bad rows must be rejected")
        let files = (report["files"] as! [[String: Any]]).filter { $0["kind"] as? String == "questions" }
        XCTAssertGreaterThanOrEqual(files.count, 12)
        XCTAssertEqual(csv.count - 1, report["questions"] as? Int)
        XCTAssertEqual(csv.count - 1, rows["accepted"])
        // Groups: several units raising the same concern.
        let groups = Dictionary(grouping: csv.dropFirst(), by: { $0[1] })
        XCTAssertLessThan(groups.count, csv.count - 1)
        XCTAssertTrue(groups.values.contains { Set($0.map { $0[7] }).count >= 3 }, "no concern raised by three units")
        // Every unit is a configured one, every source row points into questions/.
        let yaml = try work.read("input/campaign.yml")
        for record in csv.dropFirst() {
            XCTAssertTrue(yaml.contains("name: \(record[7])") || yaml.contains("name: \"\(record[7])\""), "unknown unit \(record[7])")
            XCTAssertTrue(FileManager.default.fileExists(atPath: work.url("input/questions/\(record[8])").path))
        }
        // The figures the README's tour shows.
        XCTAssertEqual(rows, ["read": 378, "accepted": 348, "known": 18, "rejected": 12])
        XCTAssertEqual(report["groups"] as? Int, 325)
        XCTAssertEqual(report["review"] as? Int, 31)  // 64 without the training file
        // Every status of DESIGN.md §9 at least once: the Zalo questions sent in late October
        // are still within their own twelve days on 01/11, the one of 02/09 is not.
        let statuses = report["statuses"] as! [String: Int]
        XCTAssertEqual(statuses, ["answered": 5, "answered_at_dialogue": 21, "answered_in_writing": 94,
                                  "overdue": 221, "pending": 4, "referred": 3])
        // Tasks: six carried from 2024 (the seventh names a department merged away in 2025),
        // four promised in 2025's answers.
        let followUp = report["follow_up"] as! [String: Any]
        XCTAssertEqual(followUp["carried"] as? [String: Int], ["done": 2, "in_progress": 1, "open": 1, "overdue": 2])
        XCTAssertEqual(followUp["current"] as? [String: Int], ["open": 3, "overdue": 1])
        XCTAssertEqual((followUp["rejections"] as? [[String: Any]])?.map { "\($0["file"]!):\($0["row"]!)" }, ["cao-bang-2024.csv:8"])
        let encodings = Dictionary(uniqueKeysWithValues: files.map { ($0["name"] as! String, $0["encoding"] as? String) })
        XCTAssertEqual(encodings["xa-yen-tho.csv"], "Windows-1258")
        XCTAssertEqual(encodings["xa-xuan-truong.csv"], "TCVN3 (ABC)")
        let answers = report["answers"] as! [String: Any]
        XCTAssertEqual(answers["joined"] as? Int, 112)
        XCTAssertEqual(answers["rejected"] as? Int, 3)
        // STC's two answers to CB25-0164, four answers dated after 20/08/2025, two answers
        // to questions the model now leaves in review.
        let notices = (answers["notices"] as! [[String: Any]]).map { "\($0["file"]!):\($0["row"]!)" }
        XCTAssertEqual(notices, ["so-giao-duc-va-dao-tao.csv:9", "so-khoa-hoc-va-cong-nghe.csv:12", "so-noi-vu.csv:3",
                                 "so-noi-vu.csv:9", "so-noi-vu.csv:33", "so-tai-chinh.csv:9", "tinh-doan.csv:14"])
    }

    func testCaoBangWritesAWorkbookPerDepartmentAndPerUnitThatAsked() throws {
        let (_, csv) = try run("input")
        let departments = try FileManager.default.contentsOfDirectory(atPath: work.url("output/departments").path)
        XCTAssertEqual(departments.count, 17, "one per configured department (input/README.md)")
        let units = try FileManager.default.contentsOfDirectory(atPath: work.url("output/units").path)
        XCTAssertEqual(units.count, Set(csv.dropFirst().map { $0[7] }).count)
        let book = XLSXParts(path: work.url("output/tong-hop-cao-bang-2025.xlsx").path)
        XCTAssertEqual(try book.sheetNames(), ["Tổng hợp", "1. Việc làm", "2. Khởi nghiệp", "3. Giáo dục", "4. Chuyển đổi số",
                                               "5. An ninh trật tự", "6. Văn hóa", "7. Môi trường", "8. Y tế", "9. Công tác Đoàn",
                                               "10. Khác", "Danh sách câu hỏi", "Cần xem xét", "Kịch bản đối thoại", "Gửi trả lời bằng văn bản", "Tiến độ", "Mốc thời gian", "Theo dõi nhiệm vụ", "Lỗi dữ liệu"])
        // Lateness for the Ministry: the four answers dated after their due day.
        XCTAssertEqual(try work.json("output/statistics.json")["late_answers"] as? Int, 4)
    }

    /// The example answers name question codes handed out by the first run; their
    /// "Nội dung câu hỏi" column lets this test catch codes drifting when the inputs or
    /// the admission rules change (regenerate input/answers/ then, see input/README.md).
    func testExampleAnswersStillPointAtTheQuestionsTheyAnswer() throws {
        let (_, csv) = try run("input")
        let textByCode = Dictionary(csv.dropFirst().map { ($0[0], $0[10]) }, uniquingKeysWith: { a, _ in a })
        let folder = work.url("input/answers")
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let records = try CSVTestReader.records(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            for record in records.dropFirst() where record.count > 1 {
                guard let text = textByCode[record[0]] else { continue }  // the deliberately unknown codes
                XCTAssertEqual(record[1], text, "\(file): \(record[0]) answers another question than it names")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }

    func testThaiNguyenRuns() throws {
        let (report, csv) = try run("examples/thai-nguyen-2025")
        let rows = report["rows"] as! [String: Int]
        XCTAssertEqual(rows["read"], rows["accepted"]! + rows["known"]! + rows["rejected"]!, "\(rows)")
        XCTAssertGreaterThan(csv.count - 1, 40)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.url("output/tong-hop-thai-nguyen-2025.xlsx").path))
        XCTAssertTrue(csv.dropFirst().allSatisfy { $0[0].hasPrefix("TN25-") })
    }
}

/// A minimal RFC 4180 reader for checking questions.csv independently of the product's reader.
enum CSVTestReader {
    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
