import XCTest
@testable import DoiThoaiKit

final class ProcessMemoryTests: XCTestCase {
    func testReadsResidentAndPeakFromProcStatus() {
        let status = "Name:\tdoithoai\nVmPeak:\t 9000000 kB\nVmHWM:\t  614400 kB\nVmRSS:\t  409600 kB\nThreads:\t3\n"
        XCTAssertEqual(ProcessMemory.parse(status), ProcessMemory(residentMiB: 400, peakMiB: 600))
        XCTAssertNil(ProcessMemory.parse("Name:\tx\nVmRSS:\t1 kB\n"))
    }

    func testThisProcessHasSomeMemoryOnLinux() throws {
        #if os(Linux)
        let memory = try XCTUnwrap(ProcessMemory.now())
        XCTAssertGreaterThan(memory.residentMiB, 0)
        XCTAssertGreaterThanOrEqual(memory.peakMiB, memory.residentMiB)
        #endif
    }
}
