import Foundation
import XCTest

/// `doithoai run` on a tiny campaign whose every row has a known fate.
final class RunCommandTests: XCTestCase {
    var work: Workdir!

    override func setUpWithError() throws {
        work = try Workdir("run")
        try work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/small-campaign", to: "input")
    }

    override func tearDown() {
        work.remove()
    }

    func runOnce() throws -> CommandResult {
        let result = try work.run(["run", "--input", "input", "--output", "output", "--today", "2025-08-25"])
        XCTAssertEqual(result.status, 0, "\(result)")
        return result
    }

    func testEveryRowIsAccountedForAndEveryOutputIsWritten() throws {
        let result = try runOnce()
        XCTAssertTrue(result.stdout.contains("Dòng đọc: 8 = mới 5 + đã có 0 + bị loại 3"), "\(result)")
        let report = try work.json("output/run-report.json")
        let rows = report["rows"] as! [String: Int]
        XCTAssertEqual(rows, ["read": 8, "accepted": 5, "known": 0, "rejected": 3])
        let rejections = report["rejections"] as! [[String: Any]]
        XCTAssertEqual(rejections.map { $0["row"] as? Int }, [4, 4, 5])
        XCTAssertEqual(report["groups"] as? Int, 3)
        XCTAssertEqual((report["answers"] as! [String: Any])["joined"] as? Int, 1)
        XCTAssertEqual((report["answers"] as! [String: Any])["rejected"] as? Int, 1)
        XCTAssertNotNil((report["seconds"] as! [String: Double])["read"])
        for name in ["questions.csv", "statistics.json", "tong-hop-cao-bang-2025.xlsx", "thong-ke-cao-bang-2025.xlsx",
                     "departments/stc-so-tai-chinh.xlsx", "units/xa-dam-thuy.xlsx", "units/phuong-thuc-phan.xlsx"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: work.url("output/\(name)").path), "missing \(name)")
        }
    }

    func testQuestionsCSVCarriesCodesGroupsTopicsAndSources() throws {
        _ = try runOnce()
        let lines = try work.read("output/questions.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines[0], "code,group,topic,confidence,review,lead,status,unit,source_file,source_row,text")
        XCTAssertEqual(lines.count, 6)
        // Files are read in name order: tinh-doan-tong-hop.csv first.
        XCTAssertTrue(lines[1].hasPrefix("CB25-0001,CB25-0001,khoi-nghiep,"), lines[1])
        XCTAssertTrue(lines[1].contains(",answered_in_writing,Phường Thục Phán,tinh-doan-tong-hop.csv,2,"), lines[1])
        // The same concern from Xã Đàm Thủy, sent twice (Youth Union list and the commune's own),
        // joins the one Phường Thục Phán typed without diacritics: one group, answered as one.
        XCTAssertTrue(lines[2].hasPrefix("CB25-0002,CB25-0001,"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("CB25-0003,CB25-0001,"), lines[3])
        XCTAssertTrue(lines[3].contains(",answered_in_writing,Xã Đàm Thủy,xa-dam-thuy.csv,2,"), lines[3])
    }

    func testASecondRunKeepsEveryCodeAndAcceptsNothingNew() throws {
        _ = try runOnce()
        let first = try work.read("output/questions.csv")
        _ = try runOnce()
        XCTAssertEqual(try work.read("output/questions.csv"), first)
        let rows = try work.json("output/run-report.json")["rows"] as! [String: Int]
        XCTAssertEqual(rows, ["read": 8, "accepted": 0, "known": 5, "rejected": 3])
    }

    func testANewRowInALaterRunGetsTheNextCode() throws {
        _ = try runOnce()
        let file = work.url("input/questions/xa-dam-thuy.csv")
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data("6,Vi Thị Mới,2002,,,Đề nghị mở lớp học nghề cho thanh niên\n".utf8))
        handle.closeFile()
        _ = try runOnce()
        let csv = try work.read("output/questions.csv")
        XCTAssertTrue(csv.contains("CB25-0006,CB25-0006,viec-lam,"), csv)
        XCTAssertTrue(csv.contains("CB25-0001,CB25-0001,khoi-nghiep,"), csv)
    }

    func testAQuestionLongerThanACellIsKeptWholeAndContinuedInTheWorkbook() throws {
        let long = "Kính gửi đồng chí Chủ tịch, " + String(repeating: "em xin trình bày khó khăn của thanh niên xóm em. ", count: 800)
        XCTAssertGreaterThan(long.utf16.count, 32_767)
        try work.write("Nội dung câu hỏi\n\"\(long)\"\n", to: "input/questions/phuong-thuc-phan.csv")
        _ = try runOnce()
        let csv = try work.read("output/questions.csv")
        XCTAssertTrue(csv.contains(long.trimmingCharacters(in: .whitespaces)), "questions.csv cut the long question")
        let sheet = try XLSXParts(path: work.url("output/tong-hop-cao-bang-2025.xlsx").path).allText()
        let pieces = sheet.components(separatedBy: "em xin trình bày").count - 1
        // Shared strings store each piece once; the cut between the two cells may fall inside one phrase.
        XCTAssertGreaterThanOrEqual(pieces, 799, "the workbook lost part of the long question")
        XCTAssertTrue(sheet.contains("Kính gửi đồng chí Chủ tịch"))
    }

    /// A commune re-sends its list from Excel on Vietnamese Windows (Windows-1258, which
    /// decodes to combining marks): the rows are recognised as known all the same.
    func testARexportInAnotherEncodingAddsNothing() throws {
        _ = try runOnce()
        let converted = try CommandResult.of(URL(fileURLWithPath: "/usr/bin/iconv"),
                                             ["-f", "UTF-8", "-t", "CP1258", "input/questions/xa-dam-thuy.csv"], in: work.root)
        XCTAssertEqual(converted.status, 0, "\(converted)")
        try converted.stdoutData.write(to: work.url("input/questions/xa-dam-thuy-lan-2.csv"))
        _ = try runOnce()
        let report = try work.json("output/run-report.json")
        XCTAssertEqual(report["rows"] as! [String: Int], ["read": 13, "accepted": 0, "known": 8, "rejected": 5])
        let file = (report["files"] as! [[String: Any]]).first { $0["name"] as? String == "xa-dam-thuy-lan-2.csv" }!
        XCTAssertEqual(file["encoding"] as? String, "Windows-1258")
    }

    /// Staff say the 4G question is not the same as the loan one, and the loan question from
    /// Phường Thục Phán (typed without diacritics) is not the same as Đàm Thủy's: the next run obeys.
    func testAnswersArrivingBetweenRunsUpdateStatusesAndNothingElse() throws {
        func columns(_ csv: String) -> [[String]] {
            csv.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        var result = try work.run(["run", "--input", "input", "--output", "output", "--today", "2025-08-10"])
        XCTAssertEqual(result.status, 0, "\(result)")
        let before = columns(try work.read("output/questions.csv"))
        XCTAssertEqual(before.map { $0[6] }, ["answered_in_writing", "answered_in_writing", "answered_in_writing", "pending", "pending"])
        try work.write("Mã câu hỏi,Cơ quan trả lời,Nội dung trả lời,Ngày trả lời,Hình thức trả lời\n"
                       + "CB25-0004,SKHCN,Trạm phát sóng mới sẽ lắp trong quý IV.,18/08/2025,Trả lời tại hội nghị\n",
                       to: "input/answers/so-khcn.csv")
        result = try work.run(["run", "--input", "input", "--output", "output", "--today", "2025-08-25"])
        XCTAssertEqual(result.status, 0, "\(result)")
        let after = columns(try work.read("output/questions.csv"))
        XCTAssertEqual(after.map { $0[0] }, before.map { $0[0] }, "codes unchanged")
        XCTAssertEqual(after.map { $0[1] }, before.map { $0[1] }, "groups unchanged")
        XCTAssertEqual(after.map { $0[6] }, ["answered_in_writing", "answered_in_writing", "answered_in_writing",
                                             "answered_at_dialogue", "overdue"])
        let progress = try work.json("output/run-report.json")["progress"] as! [String: Any]
        let departments = progress["departments"] as! [[String: Any]]
        let skhcn = departments.first { $0["code"] as? String == "SKHCN" }!
        XCTAssertEqual(skhcn["received"] as? Int, 1)
        XCTAssertEqual(skhcn["answered"] as? Int, 1)
        let snv = departments.first { $0["code"] as? String == "SNV" }!
        XCTAssertEqual([snv["received"], snv["answered"], snv["overdue"]].map { $0 as? Int }, [4, 0, 4],
                       "SNV is co-department of the three loan questions and lead of the job question")
    }

    func testStaffCorrectionsAreHonouredByTheNextRun() throws {
        _ = try runOnce()
        XCTAssertTrue(try work.read("output/questions.csv").contains("CB25-0002,CB25-0001,"))
        try work.write("Mã câu hỏi,Sửa,Mã liên quan\nCB25-0002,không trùng với,CB25-0001\nCB25-0005,trùng với,CB25-0004\n",
                       to: "input/corrections/sua-nhom.csv")
        _ = try runOnce()
        let csv = try work.read("output/questions.csv")
        XCTAssertFalse(csv.contains("CB25-0002,CB25-0001,"), csv)
        XCTAssertTrue(csv.contains("CB25-0005,CB25-0004,"), csv)
        _ = try runOnce()
        XCTAssertEqual(try work.read("output/questions.csv"), csv, "corrections hold night after night")
    }

    func testTheRunNeverModifiesItsInput() throws {
        let before = try snapshotOfInput()
        _ = try runOnce()
        XCTAssertEqual(try snapshotOfInput(), before)
    }

    func snapshotOfInput() throws -> [String: Data] {
        let root = work.url("input")
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: root.appendingPathComponent(path)) }
        }
        return files
    }
}
