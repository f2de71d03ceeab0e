import DoiThoaiBench
import XCTest

final class RunMeasurementTests: XCTestCase {
    func testOutsideStagesIsWallMinusStagesNeverNegative() {
        let time = GNUTimeReport(wallSeconds: 2.0, maxResidentKiB: 1024, exitStatus: 0)
        XCTAssertEqual(RunMeasurement(size: 1, night: .first, time: time, stages: StageSeconds(["read": 1.5])).outsideStages,
                       0.5, accuracy: 1e-9)
        XCTAssertEqual(RunMeasurement(size: 1, night: .first, time: time, stages: StageSeconds(["read": 2.004])).outsideStages, 0)
    }

    func testReadsXLSXFloorOutput() throws {
        let output = "rows: 1000001\ncolumns: 14\nseconds: 12.345\nbytes: 187654321\noutput: .build-bench/x.xlsx\n"
        XCTAssertEqual(try FloorMeasurement(size: 1_000_000, parsing: output),
                       FloorMeasurement(size: 1_000_000, rows: 1_000_001, columns: 14, seconds: 12.345, bytes: 187_654_321))
        XCTAssertThrowsError(try FloorMeasurement(size: 1, parsing: "libxlsxwriter: close the workbook failed"))
    }
}
