import DoiThoaiBench
import XCTest

final class TargetCheckTests: XCTestCase {
    static func run(_ size: Int, _ night: Night, wall: Double, peakMiB: Int = 100, exit: Int = 0) -> RunMeasurement {
        RunMeasurement(size: size, night: night, time: GNUTimeReport(wallSeconds: wall, maxResidentKiB: peakMiB * 1024, exitStatus: exit),
                       stages: StageSeconds([:]))
    }

    func testJudgesEachTargetOnEachNight() {
        let runs = [Self.run(5_000, .first, wall: 0.9), Self.run(100_000, .first, wall: 5), Self.run(100_000, .rerun, wall: 7),
                    Self.run(1_000_000, .first, wall: 50, peakMiB: 1100)]
        let checks = Targets.check(runs, startupSeconds: 0.1)
        func met(_ target: String, _ night: Night) -> Bool? {
            checks.first { $0.target == target && $0.night == night }?.met
        }
        XCTAssertEqual(met("1M wall < 60 s", .first), true)
        XCTAssertEqual(met("1M peak memory < 1 GiB", .first), false)
        XCTAssertEqual(met("100k wall < 6 s", .first), true)
        XCTAssertEqual(met("100k wall < 6 s", .rerun), false)
        XCTAssertEqual(met("5k wall − start-up < 1 s", .first), true)
        XCTAssertEqual(met("time(1M)/time(100k) ≤ 11", .first), true)  // 50 / 5 = 10
        XCTAssertNil(checks.first { $0.target == "time(1M)/time(100k) ≤ 11" && $0.night == .rerun })
    }

    func testTargetsOfSizesNotRunAreMarkedNotRun() {
        let checks = Targets.check([Self.run(2_000, .first, wall: 0.5)], startupSeconds: 0.1)
        XCTAssertEqual(checks.count, 5)
        XCTAssertTrue(checks.allSatisfy { $0.met == nil && $0.measured == "not run" && $0.mark == "–" })
    }

    func testAFailedRunIsNotJudged() {
        let checks = Targets.check([Self.run(100_000, .first, wall: 1, exit: 1)], startupSeconds: 0)
        XCTAssertNil(checks.first { $0.target == "100k wall < 6 s" }?.met)
    }
}
