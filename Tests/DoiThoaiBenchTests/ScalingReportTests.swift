import DoiThoaiBench
import XCTest

final class ScalingReportTests: XCTestCase {
    static func report(floor: FloorMeasurement? = nil) -> ScalingReport {
        func run(_ size: Int, _ night: Night, _ wall: Double) -> RunMeasurement {
            RunMeasurement(size: size, night: night, time: GNUTimeReport(wallSeconds: wall, maxResidentKiB: 204_800, exitStatus: 0),
                           stages: StageSeconds(["read": wall / 4, "write": wall / 2]))
        }
        return ScalingReport(
            machine: MachineDescription(processors: 2, cpuModel: "Test CPU", memoryKiB: 8_388_608, commit: "abc1234"),
            date: "2025-09-01 02:00 +07:00", startupSeconds: 0.05,
            runs: [run(10_000, .first, 1), run(10_000, .rerun, 0.8), run(100_000, .first, 9), run(100_000, .rerun, 7)],
            floor: floor)
    }

    func testTableHasOneRowPerRunWithStagesInPipelineOrder() {
        let lines = Self.report().markdown.split(separator: "\n")
        XCTAssertTrue(lines.contains("| size | night | exit | wall s | peak MiB | read | write | outside |"))
        XCTAssertTrue(lines.contains("| 100k | first | 0 | 9.00 | 200 | 2.25 | 4.50 | 2.25 |"))
        XCTAssertTrue(lines.contains("| 10k | rerun | 0 | 0.80 | 200 | 0.20 | 0.40 | 0.20 |"))
    }

    func testPrintsMachineScalingAndTargets() {
        let markdown = Self.report().markdown
        XCTAssertTrue(markdown.contains("2 processors (nproc), Test CPU, 8.0 GiB memory; commit abc1234"))
        XCTAssertTrue(markdown.contains("- first night: time(100k)/time(10k) = 9.00 for 10× the rows"))
        XCTAssertTrue(markdown.contains("| 100k wall < 6 s | rerun | 7.00 s | ✗ |"))
        XCTAssertTrue(markdown.contains("| 1M wall < 60 s |  | not run | – |"))
    }

    func testFloorAndWallOverFloor() {
        let floor = FloorMeasurement(size: 100_000, rows: 100_001, columns: 14, seconds: 1.5, bytes: 3 * 1_048_576)
        let markdown = Self.report(floor: floor).markdown
        XCTAssertTrue(markdown.contains("**1.50 s**, 3.0 MiB of xlsx"))
        XCTAssertTrue(markdown.contains("- first night: wall(100k)/floor = 6.0, write stage/floor = 3.0"))
    }

    func testAFailedRunIsNamedWithItsLog() {
        var report = Self.report()
        report.runs.append(RunMeasurement(size: 1_000_000, night: .first,
                                          time: GNUTimeReport(wallSeconds: 3, maxResidentKiB: 1, exitStatus: 0, signal: 9),
                                          stages: StageSeconds([:])))
        let markdown = report.markdown
        XCTAssertTrue(markdown.contains("| 1M | first | signal 9 | 3.00 |"))
        XCTAssertTrue(markdown.contains("**The 1M first night failed** (killed by signal 9)"))
        XCTAssertTrue(markdown.contains("logs/1000000-first.stderr"))
    }
}
