import DoiThoaiBench
import XCTest

final class GNUTimeReportTests: XCTestCase {
    /// Trimmed from GNU time 1.9 (Debian bookworm/trixie); the lines not read are kept in part.
    static let succeeded = """
        \tCommand being timed: ".build/release/doithoai run --input in --output out --today 2025-09-01"
        \tUser time (seconds): 95.12
        \tPercent of CPU this job got: 99%
        \tElapsed (wall clock) time (h:mm:ss or m:ss): 1:41.37
        \tMaximum resident set size (kbytes): 1572864
        \tPage size (bytes): 4096
        \tExit status: 0
        """

    func testReadsWallTimePeakMemoryAndStatus() throws {
        let report = try XCTUnwrap(GNUTimeReport(parsing: Self.succeeded))
        XCTAssertEqual(report.wallSeconds, 101.37, accuracy: 1e-9)
        XCTAssertEqual(report.maxResidentKiB, 1_572_864)
        XCTAssertEqual(report.peakMiB, 1536)
        XCTAssertTrue(report.succeeded)
    }

    func testWallTimeWithHours() throws {
        let text = Self.succeeded.replacingOccurrences(of: "1:41.37", with: "1:02:03")
        XCTAssertEqual(try XCTUnwrap(GNUTimeReport(parsing: text)).wallSeconds, 3723, accuracy: 1e-9)
    }

    func testNonZeroExit() throws {
        let text = "Command exited with non-zero status 1\n" + Self.succeeded.replacingOccurrences(of: "Exit status: 0", with: "Exit status: 1")
        let report = try XCTUnwrap(GNUTimeReport(parsing: text))
        XCTAssertEqual(report.exitStatus, 1)
        XCTAssertFalse(report.succeeded)
    }

    /// GNU time says "Exit status: 0" for a killed command: the signal line must fail it.
    func testKilledBySignalIsAFailureDespiteExitStatusZero() throws {
        let report = try XCTUnwrap(GNUTimeReport(parsing: "Command terminated by signal 9\n" + Self.succeeded))
        XCTAssertEqual(report.signal, 9)
        XCTAssertFalse(report.succeeded)
    }

    func testSomethingElseIsNotAReport() {
        XCTAssertNil(GNUTimeReport(parsing: ""))
        XCTAssertNil(GNUTimeReport(parsing: "/usr/bin/time: cannot run doithoai: No such file or directory"))
    }
}
