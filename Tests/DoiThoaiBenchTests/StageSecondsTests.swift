import DoiThoaiBench
import Foundation
import XCTest

final class StageSecondsTests: XCTestCase {
    func testReadsTheSecondsOfARunReport() throws {
        let json = #"{"rows_read": 5000, "seconds": {"read": 0.25, "write": 1, "config": 0.0031}, "outputs": []}"#
        let stages = try StageSeconds(runReport: Data(json.utf8))
        XCTAssertEqual(stages.byStage, ["read": 0.25, "write": 1, "config": 0.0031])
        XCTAssertEqual(stages.total, 1.2531, accuracy: 1e-9)
    }

    func testAReportWithoutSecondsIsMalformed() {
        XCTAssertThrowsError(try StageSeconds(runReport: Data(#"{"rows_read": 1}"#.utf8)))
        XCTAssertThrowsError(try StageSeconds(runReport: Data(#"{"seconds": {"read": "fast"}}"#.utf8)))
    }

    func testColumnsFollowThePipelineThenNewStagesAlphabetically() {
        let runs = [StageSeconds(["write": 1, "read": 1, "zeta": 1]), StageSeconds(["config": 1, "alpha": 1])]
        XCTAssertEqual(StageSeconds.columns(of: runs), ["config", "read", "write", "alpha", "zeta"])
    }
}
