import DoiThoaiBench
import XCTest

final class MachineDescriptionTests: XCTestCase {
    func testReadsCPUModelAndMemory() {
        let cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n"
        XCTAssertEqual(MachineDescription.cpuModel(cpuinfo: cpuinfo), "AMD EPYC 7B13")
        XCTAssertEqual(MachineDescription.memoryKiB(meminfo: "MemTotal:       24683512 kB\nMemFree: 1 kB\n"), 24_683_512)
    }

    func testMissingLinesGiveNothing() {
        XCTAssertNil(MachineDescription.cpuModel(cpuinfo: "processor\t: 0\nCPU implementer\t: 0x41\n"))
        XCTAssertNil(MachineDescription.memoryKiB(meminfo: ""))
    }
}
