import Foundation
import XCTest

/// The run as an unattended nightly job: repeated on the same input, on a changed file,
/// watched with `status`, and purged of personal data after the campaign.
final class NightlyJobTests: XCTestCase {
    var work: Workdir!

    override func setUpWithError() throws {
        work = try Workdir("nightly")
        try work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/small-campaign", to: "input")
    }

    override func tearDown() {
        work.remove()
    }

    @discardableResult
    func runOnce(_ extra: [String] = []) throws -> CommandResult {
        let result = try work.run(["run", "--input", "input", "--output", "output", "--today", "2025-08-25"] + extra)
        XCTAssertEqual(result.status, 0, "\(result)")
        return result
    }

    /// The registry's questions with their groups, and the groups with their topics.
    func registryDecisions() throws -> String {
        try sqlite("SELECT code, groupCode, fingerprint FROM question ORDER BY code; SELECT code, topic, review FROM question_group ORDER BY code;")
    }

    func sqlite(_ sql: String) throws -> String {
        try RegistryFile(path: work.url("output/registry.sqlite").path).query(sql)
    }

    func files(_ report: [String: Any]) -> [String: Bool] {
        Dictionary(uniqueKeysWithValues: (report["files"] as! [[String: Any]]).map { ($0["name"] as! String, $0["unchanged"] as! Bool) })
    }

    func testASecondRunOnTheSameInputParsesNothingAndChangesNothing() throws {
        try runOnce()
        let decisions = try registryDecisions()
        let csv = try work.read("output/questions.csv")
        XCTAssertEqual(Set(files(try work.json("output/run-report.json")).values), [false])
        let second = try runOnce()
        XCTAssertTrue(second.stdout.contains("Dòng đọc: 8 = mới 0 + đã có 5 + bị loại 3"), "\(second)")
        XCTAssertTrue(second.stdout.contains("0 đọc lần này, 4 không đổi"), "\(second)")
        let report = try work.json("output/run-report.json")
        XCTAssertEqual(Set(files(report).values), [true], "every file unchanged, none parsed")
        // Rejections of unchanged files are still reported, from the registry.
        XCTAssertEqual((report["rejections"] as! [[String: Any]]).map { $0["row"] as? Int }, [4, 4, 5])
        XCTAssertEqual((report["answers"] as! [String: Any])["joined"] as? Int, 1)
        XCTAssertEqual(try registryDecisions(), decisions)
        XCTAssertEqual(try work.read("output/questions.csv"), csv)
    }

    func testAChangedFileIsReadAgainAndOnlyItsNewRowsBecomeQuestions() throws {
        try runOnce()
        let before = try registryDecisions()
        let file = work.url("input/questions/xa-dam-thuy.csv")
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data("6,Vi Thị Mới,2002,,,Đề nghị mở lớp học nghề cho thanh niên\n".utf8))
        handle.closeFile()
        let result = try runOnce()
        XCTAssertTrue(result.stdout.contains("Dòng đọc: 9 = mới 1 + đã có 5 + bị loại 3"), "\(result)")
        XCTAssertEqual(files(try work.json("output/run-report.json")),
                       ["xa-dam-thuy.csv": false, "tinh-doan-tong-hop.csv": true, "so-tai-chinh.csv": true, "README.txt": true])
        let after = try registryDecisions()
        // Every earlier question keeps its code and group; one more is added.
        for line in before.split(separator: "\n") where line.hasPrefix("CB25-") && line.split(separator: "|").count == 3 {
            XCTAssertTrue(after.contains(line), "\(line) changed")
        }
        XCTAssertTrue(after.contains("CB25-0006|CB25-0006|"), after)
    }

    func testAChangedCampaignFileMakesEveryFileBeReadAgain() throws {
        try runOnce()
        try work.write(try work.read("input/campaign.yml") + "\n# ghi chú\n", to: "input/campaign.yml")
        try runOnce()
        XCTAssertEqual(Set(files(try work.json("output/run-report.json")).values), [false])
    }

    func testAnAnswerFileChangedBetweenRunsReplacesItsAnswers() throws {
        try runOnce()
        let answers = work.url("input/answers/so-tai-chinh.csv")
        try FileManager.default.removeItem(at: answers)
        try runOnce()
        XCTAssertEqual((try work.json("output/run-report.json")["answers"] as! [String: Any])["joined"] as? Int, 0)
        XCTAssertEqual(try sqlite("SELECT count(*) FROM answer"), "0\n", "a removed file's answers are forgotten")
    }

    /// Not on a terminal (as under cron): progress as plain lines; `--verbose` logs every
    /// stage; and neither the log nor the summary carries an asker's personal data.
    func testLogsArePlainLinesWithoutPersonalData() throws {
        let quiet = try runOnce()
        XCTAssertTrue(quiet.stderr.contains("write: "), "\(quiet)")
        XCTAssertFalse(quiet.stderr.contains("info:"), "warnings only by default: \(quiet)")
        XCTAssertFalse(quiet.stderr.contains("\r"), "no bar redrawn in place when not a terminal")
        let verbose = try runOnce(["--verbose"])
        for stage in ["config", "read", "group", "classify", "registry", "write"] {
            XCTAssertTrue(verbose.stderr.contains("info: \(stage): "), "\(stage): \(verbose)")
        }
        XCTAssertTrue(verbose.stderr.contains("4 files, 4 unchanged since the last run"), "\(verbose)")
        for personal in ["Nông Văn Thử", "0912345678", "Xóm Nà Thử", "Lý Thị Mẫu", "0987654321"] {
            XCTAssertFalse(verbose.stderr.contains(personal) || verbose.stdout.contains(personal), personal)
        }
    }

    func testStatusTellsTheLastRunAndWhatChanged() throws {
        XCTAssertEqual(try work.run(["status", "--output", "output"]).status, 1, "no run yet")
        try runOnce()
        try runOnce()
        let status = try work.run(["status", "--output", "output"])
        XCTAssertEqual(status.status, 0, "\(status)")
        XCTAssertTrue(status.stdout.contains("Lần chạy #2"), "\(status)")
        XCTAssertTrue(status.stdout.contains(": hoàn tất"), "\(status)")
        XCTAssertTrue(status.stdout.contains("Thay đổi so với lần hoàn tất trước: 0 câu hỏi mới"), "\(status)")
        XCTAssertTrue(status.stdout.contains("tệp: 0 đọc, 4 không đổi"), "\(status)")
    }

    func testAFailedRunIsShownByStatusAndKeepsTheOutputs() throws {
        try runOnce()
        let csv = try work.read("output/questions.csv")
        try work.write(try work.read("input/campaign.yml") + "deadline: 2025-08-05\n", to: "input/campaign.yml")
        let failed = try work.run(["run", "--input", "input", "--output", "output"])
        XCTAssertEqual(failed.status, 1, "\(failed)")
        XCTAssertEqual(try work.read("output/questions.csv"), csv)
        let status = try work.run(["status", "--output", "output"])
        XCTAssertEqual(status.status, 1, "\(status)")
        XCTAssertTrue(status.stdout.contains("KHÔNG hoàn tất"), "\(status)")
        XCTAssertTrue(status.stdout.contains("deadline"), "the reason is shown: \(status)")
        XCTAssertTrue(status.stdout.contains("Kết quả hiện có trong thư mục là của lần chạy #1"), "\(status)")
    }

    func testARegistryElsewhereIsUsedWhenNamed() throws {
        try runOnce(["--registry", "state/so-dang-ky.sqlite"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.url("state/so-dang-ky.sqlite").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.url("output/registry.sqlite").path))
        let status = try work.run(["status", "--output", "output", "--registry", "state/so-dang-ky.sqlite"])
        XCTAssertEqual(status.status, 0, "\(status)")
    }

    func testPurgeRemovesPersonalDataAndKeepsEveryCount() throws {
        try runOnce()
        let statistics = try work.read("output/statistics.json")
        XCTAssertTrue(try registryBytes().contains("Nông Văn Thử"))
        let purge = try work.run(["purge-personal", "--output", "output", "--before", "2099-01-01"])
        XCTAssertEqual(purge.status, 0, "\(purge)")
        XCTAssertTrue(purge.stdout.contains("ở 3 câu hỏi"), "3 of the 5 questions name their asker: \(purge)")
        for personal in ["Nông Văn Thử", "0912345678", "Xóm Nà Thử", "Lý Thị Mẫu", "Nong Van Thu", "nong van thu"] {
            XCTAssertFalse(try registryBytes().contains(personal), "\(personal) is still in the registry file")
        }
        // The next run — input files unchanged, still holding the names — adds nothing back.
        let rerun = try runOnce()
        XCTAssertTrue(rerun.stdout.contains("mới 0"), "\(rerun)")
        XCTAssertEqual(try work.read("output/statistics.json").replacingOccurrences(of: #""generated_at" : "[^"]*""#, with: "", options: .regularExpression),
                       statistics.replacingOccurrences(of: #""generated_at" : "[^"]*""#, with: "", options: .regularExpression))
        let consolidated = try XLSXParts(path: work.url("output/tong-hop-cao-bang-2025.xlsx").path).allText()
        XCTAssertFalse(consolidated.contains("Nông Văn Thử"))
        // A file changed later is read again; its old rows are still recognised, not re-added.
        try work.write(try work.read("input/questions/xa-dam-thuy.csv") + "\n", to: "input/questions/xa-dam-thuy.csv")
        XCTAssertTrue(try runOnce().stdout.contains("mới 0"))
        XCTAssertFalse(try registryBytes().contains("Nông Văn Thử"))
    }

    func testPurgeKeepsQuestionsReceivedOnOrAfterTheDay() throws {
        try runOnce()
        let purge = try work.run(["purge-personal", "--output", "output", "--before", "2000-01-01"])
        XCTAssertEqual(purge.status, 0, "\(purge)")
        XCTAssertTrue(purge.stdout.contains(" 0 câu hỏi"), "\(purge)")
        XCTAssertTrue(try registryBytes().contains("Nông Văn Thử"))
    }

    func registryBytes() throws -> String {
        String(decoding: try Data(contentsOf: work.url("output/registry.sqlite")), as: UTF8.self)
    }
}
