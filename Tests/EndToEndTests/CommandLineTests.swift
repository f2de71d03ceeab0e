import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Exit codes and messages of `doithoai` when things go wrong, and `check`.
final class CommandLineTests: XCTestCase {
    var work: Workdir!

    override func setUpWithError() throws {
        work = try Workdir("cli")
        try work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/small-campaign", to: "input")
    }

    override func tearDown() {
        work.remove()
    }

    func testVersionAndHelp() throws {
        XCTAssertEqual(try work.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
        for command in [["--help"], ["run", "--help"], ["check", "--help"]] {
            let result = try work.run(command)
            XCTAssertEqual(result.status, 0, "\(result)")
            XCTAssertTrue(result.stdout.contains("USAGE"), "\(result)")
        }
    }

    func testAnUnknownConfigurationKeyFailsTheRunNamingKeyAndLine() throws {
        let yaml = try work.read("input/campaign.yml") + "deadline: 2025-08-05\n"
        try work.write(yaml, to: "input/campaign.yml")
        let result = try work.run(["run", "--input", "input", "--output", "output"])
        XCTAssertEqual(result.status, 1, "\(result)")
        XCTAssertTrue(result.stderr.contains("deadline"), "\(result)")
        XCTAssertTrue(result.stderr.contains("dòng 21"), "\(result)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.url("output/questions.csv").path))
    }

    func testABadDateIsAUsageError() throws {
        let result = try work.run(["run", "--today", "25/08/2025"])
        XCTAssertEqual(result.status, 64, "\(result)")
    }

    func testASecondRunWhileTheLockIsHeldExitsAtOnceNamingTheHolder() throws {
        try FileManager.default.createDirectory(at: work.url("output"), withIntermediateDirectories: true)
        let fd = open(work.url("output/.doithoai.lock").path, O_RDWR | O_CREAT, 0o644)
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        _ = "pid 4242\n".withCString { write(fd, $0, strlen($0)) }
        defer { close(fd) }
        let result = try work.run(["run", "--input", "input", "--output", "output"])
        XCTAssertEqual(result.status, 75, "EX_TEMPFAIL: try again later \(result)")
        XCTAssertTrue(result.stderr.contains("pid 4242"), "\(result)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.url("output/questions.csv").path))
    }

    func testCheckPrintsTheProblemsAndWritesNothing() throws {
        let result = try work.run(["check", "--input", "input", "--output", "output"])
        XCTAssertEqual(result.status, 0, "\(result)")
        XCTAssertTrue(result.stdout.contains("Dòng đọc: 8 = mới 5 + đã có 0 + bị loại 3"), "\(result)")
        XCTAssertTrue(result.stdout.contains("xa-dam-thuy.csv: Dòng 4: thiếu nội dung câu hỏi"), "\(result)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.url("output").path))
    }

    func testCheckFailsOnAFileThatIsNotText() throws {
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: work.url("input/questions/xa-ha-quang.csv"))
        let result = try work.run(["check", "--input", "input", "--output", "output"])
        XCTAssertEqual(result.status, 1, "\(result)")
        XCTAssertTrue(result.stdout.contains("xa-ha-quang.csv: Tệp không phải văn bản CSV"), "\(result)")
        let run = try work.run(["run", "--input", "input", "--output", "output"])
        XCTAssertEqual(run.status, 0, "a bad file is reported, not a failed run: \(run)")
    }
}
