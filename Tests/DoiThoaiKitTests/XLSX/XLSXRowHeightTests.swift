import XCTest
@testable import DoiThoaiKit

final class XLSXRowHeightTests: XCTestCase {
    private let oneLine = 12 * RowHeight.lineSpacing + RowHeight.padding

    private func height(_ text: String, width: Double = 20, fontSize: Double = 12) -> Double {
        RowHeight.points(for: [(text: text, columnWidth: width)], fontSize: fontSize)
    }

    func testAtLeastOneLine() {
        XCTAssertEqual(height(""), oneLine, accuracy: 0.001)
        XCTAssertEqual(height("Có"), oneLine, accuracy: 0.001)
        XCTAssertEqual(RowHeight.points(for: [], fontSize: 12), oneLine, accuracy: 0.001)
    }

    func testGrowsWithTextLength() {
        let sentence = "Đề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên. "
        let short = height(sentence)
        let long = height(String(repeating: sentence, count: 5))
        XCTAssertGreaterThan(short, oneLine)
        XCTAssertGreaterThan(long, short * 3)
    }

    func testNarrowerColumnIsTaller() {
        let text = "Đề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên nông thôn"
        XCTAssertGreaterThan(height(text, width: 10), height(text, width: 40))
    }

    func testExplicitLineBreaksCount() {
        XCTAssertEqual(RowHeight.estimatedLines("a\nb\nc", columnWidth: 20, fontSize: 12), 3)
        XCTAssertEqual(RowHeight.estimatedLines("a\r\nb", columnWidth: 20, fontSize: 12), 2)
        XCTAssertEqual(RowHeight.estimatedLines("a\n\n", columnWidth: 20, fontSize: 12), 3)
        XCTAssertEqual(height("một\nhai\nba"), 3 * 12 * RowHeight.lineSpacing + RowHeight.padding, accuracy: 0.001)
    }

    func testWordWrapAndLongWords() {
        // Width 10 at 11 pt holds 13 characters per line (10 × 1.38).
        XCTAssertEqual(RowHeight.estimatedLines("aaaa bbbb cccc", columnWidth: 10, fontSize: 11), 2)
        XCTAssertEqual(RowHeight.estimatedLines("aaaaa bbbbb", columnWidth: 10, fontSize: 11), 1)
        XCTAssertEqual(RowHeight.estimatedLines("aaaaaaa bbbbbbb", columnWidth: 10, fontSize: 11), 2)
        XCTAssertEqual(RowHeight.estimatedLines(String(repeating: "x", count: 30), columnWidth: 10, fontSize: 11), 3)
    }

    func testVietnameseLettersAreOneCharacterWide() {
        let precomposed = String(repeating: "ệ", count: 9)
        XCTAssertEqual(RowHeight.estimatedLines(precomposed, columnWidth: 10, fontSize: 11), 1)
        XCTAssertEqual(RowHeight.estimatedLines(precomposed.decomposedStringWithCanonicalMapping,
                                                columnWidth: 10, fontSize: 11), 1)
        XCTAssertEqual(RowHeight.estimatedLines(String(repeating: "漢", count: 9), columnWidth: 10, fontSize: 11), 2)
    }

    func testTallestCellWins() {
        let texts = [(text: "ngắn", columnWidth: 20.0), (text: "a\nb\nc\nd", columnWidth: 20.0)]
        XCTAssertEqual(RowHeight.points(for: texts, fontSize: 12), 4 * 12 * RowHeight.lineSpacing + RowHeight.padding, accuracy: 0.001)
    }

    func testCappedAtExcelsMaximum() {
        XCTAssertEqual(height(String(repeating: "dòng\n", count: 200)), 409)
        XCTAssertEqual(height(String(repeating: "chữ ", count: 10_000), width: 5), 409)
    }

    func testDegenerateInputsStaySane() {
        XCTAssertEqual(height("abc", width: 0), 3 * 12 * RowHeight.lineSpacing + RowHeight.padding, accuracy: 0.001)
        XCTAssertEqual(height("abc", width: .nan), 3 * 12 * RowHeight.lineSpacing + RowHeight.padding, accuracy: 0.001)
        XCTAssertEqual(RowHeight.points(for: [(text: "a", columnWidth: 10)], fontSize: .nan), 11 * RowHeight.lineSpacing + RowHeight.padding, accuracy: 0.001)
    }

    /// The scalar-by-scalar estimate counts as the Character-by-Character one it replaced
    /// did, on every text of the example campaign's question and answer files and on NFD,
    /// CRLF, CJK and long-word cases.
    func testScalarEstimateMatchesTheCharacterEstimate() throws {
        let input = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("input")
        var texts = ["", " ", "a  b", "Đề nghị\r\nhỗ trợ\n\nvay vốn", "Hòa".decomposedStringWithCanonicalMapping + " an ninh",
                     "東京都 서울 ｶﾀｶﾅ", String(repeating: "x", count: 95), "tab\there  double  space ", "\r\r\n\n",
                     "a\u{2028}b", "a\u{2029}", "\u{0085}x", "\u{000B}v\u{000C}f"]
        for folder in ["questions", "answers"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: input.appendingPathComponent(folder).path) {
                // Some example files are in legacy encodings: their bytes read as UTF-8 with
                // replacement characters are still texts to measure.
                let data = try Data(contentsOf: input.appendingPathComponent(folder).appendingPathComponent(name))
                texts += String(decoding: data, as: UTF8.self).components(separatedBy: ",")
            }
        }
        XCTAssertGreaterThan(texts.count, 1000)
        for text in texts {
            for width in [8.0, 22, 60] {
                XCTAssertEqual(RowHeight.estimatedLines(text, columnWidth: width, fontSize: 12),
                               Self.characterEstimate(text, columnWidth: width, fontSize: 12), "\(width): \(text.debugDescription)")
            }
        }
    }

    /// The estimate as it was before, by Characters (grapheme clusters).
    static func characterEstimate(_ text: String, columnWidth: Double, fontSize: Double) -> Int {
        let capacity = RowHeight.charactersPerLine(columnWidth: columnWidth, fontSize: fontSize)
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).reduce(0) { total, line in
            var (lines, used) = (1, 0)
            for word in line.split(separator: " ") {
                let width = word.reduce(0) { $0 + ((0x1100...0x115F).contains($1.unicodeScalars.first!.value)
                    || (0x2E80...0xA4CF).contains($1.unicodeScalars.first!.value) || (0xAC00...0xD7A3).contains($1.unicodeScalars.first!.value)
                    || (0xFF00...0xFF60).contains($1.unicodeScalars.first!.value) ? 2 : 1) }
                if used > 0, used + 1 + width <= capacity { used += 1 + width; continue }
                if used > 0 { lines += 1 }
                let extra = (width - 1) / capacity
                lines += max(0, extra)
                used = width - max(0, extra) * capacity
            }
            return total + lines
        }
    }
}

extension XLSXRowHeightTests {
    /// Decoding UTF-8 by hand gives the scalars the standard library gives, for one- to
    /// four-byte sequences.
    func testHandDecodingMatchesTheScalarView() {
        let text = "aĐ\u{0301}ệ\u{2028}漢字🇻🇳👩‍💻\r\n\u{0085}z"
        var decoded: [UInt32] = []
        ByteScan.withBytes(of: text) { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = RowHeight.decodeScalar(bytes, at: index)
                decoded.append(scalar)
                index += length
            }
        }
        XCTAssertEqual(decoded, text.unicodeScalars.map(\.value))
    }
}
