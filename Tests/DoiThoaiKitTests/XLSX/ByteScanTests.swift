import XCTest
@testable import DoiThoaiKit

final class ByteScanTests: XCTestCase {
    func testFindsBytesAnywhere() {
        XCTAssertFalse(ByteScan.contains(0, in: ""))
        XCTAssertFalse(ByteScan.contains(0, in: "Đề nghị hỗ trợ"))
        XCTAssertTrue(ByteScan.contains(0, in: "a\u{0}b"))
        XCTAssertTrue(ByteScan.contains(0, in: "\u{0}"))
        XCTAssertTrue(ByteScan.contains(0, in: String(repeating: "ấ", count: 500) + "\u{0}"))
        XCTAssertTrue(ByteScan.contains(0x5F, in: "tên_tệp"))
    }

    func testFirstIndexIsInTheWholeBuffer() {
        ByteScan.withBytes(of: "a_b_c") { bytes in
            XCTAssertEqual(ByteScan.firstIndex(of: 0x5F, in: bytes[...]), 1)
            XCTAssertEqual(ByteScan.firstIndex(of: 0x5F, in: bytes[2...]), 3)
            XCTAssertNil(ByteScan.firstIndex(of: 0x5F, in: bytes[4...]))
            XCTAssertNil(ByteScan.firstIndex(of: 0x5F, in: bytes[5...]))
        }
    }

    /// The memchr search agrees with a plain byte walk, wherever "_x" falls.
    func testEscapeMarkerAgreesWithAByteWalk() {
        let texts = ["", "_", "x", "_x", "x_", "a_x", "_ax", "__x", "_ _x", "ầ_x0041_", "tệp_", "_\u{0}x",
                     String(repeating: "_", count: 100) + "x", String(repeating: "ề_", count: 300)]
        for text in texts {
            let bytes = Array(text.utf8)
            let walk = zip(bytes, bytes.dropFirst()).contains { $0 == 0x5F && $1 == 0x78 }
            XCTAssertEqual(CellText.containsEscapeMarker(text), walk, text.debugDescription)
        }
    }
}
