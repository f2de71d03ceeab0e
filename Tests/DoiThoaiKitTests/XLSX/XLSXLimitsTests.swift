import XCTest
@testable import DoiThoaiKit

final class XLSXLimitsTests: XCTestCase {
    /// Joined pieces give the text back, each fits, and no cut falls inside a grapheme cluster.
    private func assertValidSplit(_ text: String, limit: Int, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let pieces = XLSXLimits.splitForCells(text, limit: limit)
        XCTAssertEqual(pieces.joined(), text, file: file, line: line)
        for piece in pieces { XCTAssertLessThanOrEqual(piece.utf16.count, limit, file: file, line: line) }
        XCTAssertEqual(pieces.map(\.count).reduce(0, +), text.count, "a grapheme cluster was cut", file: file, line: line)
        return pieces
    }

    func testTextThatFitsIsOnePiece() {
        XCTAssertEqual(XLSXLimits.splitForCells("Đề nghị hỗ trợ"), ["Đề nghị hỗ trợ"])
        XCTAssertEqual(XLSXLimits.splitForCells(""), [""])
        let exact = String(repeating: "a", count: 32_767)
        XCTAssertEqual(XLSXLimits.splitForCells(exact), [exact])
    }

    func testPrefersWhitespaceBoundary() {
        XCTAssertEqual(assertValidSplit("aaaa bbbb cccc", limit: 10), ["aaaa bbbb ", "cccc"])
        XCTAssertEqual(assertValidSplit("hỗ trợ\nvay vốn", limit: 8), ["hỗ trợ\n", "vay vốn"])
    }

    func testHardSplitWithoutWhitespace() {
        XCTAssertEqual(assertValidSplit("abcdefghij", limit: 4), ["abcd", "efgh", "ij"])
    }

    func testDefaultLimitOnLongVietnameseText() {
        let sentence = "Đề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên nông thôn. "
        let text = String(repeating: sentence, count: 1_200)  // about 74,000 UTF-16 units
        let pieces = assertValidSplit(text, limit: XLSXLimits.maxCellCharacters)
        XCTAssertEqual(pieces.count, 3)
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.hasSuffix(" ") }, "cut at a space")
    }

    func testDecomposedDiacriticsStayWithTheirLetter() {
        let text = String(repeating: "ệ", count: 50).decomposedStringWithCanonicalMapping  // 3 scalars each
        let pieces = assertValidSplit(text, limit: 7)
        XCTAssertTrue(pieces.allSatisfy { $0.utf16.count == 6 || $0 == pieces.last })
    }

    func testSurrogatePairsAreNeverSplit() {
        let pieces = assertValidSplit(String(repeating: "😀", count: 10), limit: 3)
        XCTAssertEqual(pieces.count, 10)
        XCTAssertEqual(assertValidSplit("👨‍👩‍👧 gia đình 👨‍👩‍👧", limit: 9).first, "👨‍👩‍👧 ")
    }

    func testClusterLongerThanLimitIsCutBetweenScalarsAndRoundTrips() {
        let zalgo = "e" + String(repeating: "\u{0301}", count: 9)  // one grapheme, 10 UTF-16 units
        let pieces = XLSXLimits.splitForCells(zalgo + " ok", limit: 4)
        XCTAssertEqual(pieces.joined(), zalgo + " ok")
        XCTAssertTrue(pieces.allSatisfy { $0.utf16.count <= 4 })
    }
}
