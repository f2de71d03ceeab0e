import Foundation
import XCTest
@testable import DoiThoaiKit

/// The fast per-scalar paths must give exactly what the general Unicode paths give: the
/// fingerprints stored in every registry are made from `matchKey` and `fold`.
final class SimpleScalarsTests: XCTestCase {
    func testFastPathsEqualTheGeneralPathsOnRealVietnameseText() throws {
        let file = try TestData.url("uit-vicov19qa/1_ans/UIT-ViCoV19QA_val.csv")
        let lines = try String(contentsOf: file, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        XCTAssertGreaterThan(lines.count, 300)
        var simple = 0
        for line in lines {
            if SimpleScalars.allSimple(line) { simple += 1 }
            assertSameAsGeneral(line)
            assertSameAsGeneral(line.decomposedStringWithCanonicalMapping)  // typed with combining marks
            assertSameAsGeneral(line.uppercased())
        }
        XCTAssertGreaterThan(simple, lines.count / 2, "most real text should take the fast path")
    }

    func testFastPathsEqualTheGeneralPathsOnRandomMixtures() {
        let pieces = ["Đề nghị", "hoà", "hòa", "THUỶ", "thủy", "Ð", "ð", " ", "  ", "\t", "\r\n", "\n", "\u{00A0}", "\u{3000}",
                      "\u{2028}", "\u{0085}", "o\u{0301}", "a\u{0323}\u{0302}", "\u{0300}", "İ", "ẞ", "ß", "ǅ", "½", "²", "٣",
                      "👍", "👨\u{200D}👩", "❤\u{FE0F}", "\u{FEFF}", "…", "–", "“x”", "_x0041_", "Ω", "Å", "\u{212B}", "ĳ",
                      "日本", "한국", "\u{1100}\u{1161}", "Ấp Bắc", "ỹ", "Ỵ", "ơ", "Ư", "a,b.c", "123", "x9", "©", "\u{00AD}",
                      "Ⱥ", "Ǆ", "ǈ", "Ɓ", "ÀÉÎÕÜ", "ĐẠI HỌC", "Ỳ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...8, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            assertSameAsGeneral(text)
        }
        for piece in pieces { assertSameAsGeneral(piece) }
    }

    func testWhatIsSimple() {
        XCTAssertTrue(SimpleScalars.allSimple("Đề nghị hỗ trợ vay vốn – “khởi nghiệp”…"))
        XCTAssertFalse(SimpleScalars.allSimple("ho\u{0300}a"), "a combining mark")
        XCTAssertFalse(SimpleScalars.allSimple("👍"))
        XCTAssertFalse(SimpleScalars.allSimple("\u{00A0}\u{3000}"), "U+3000 is outside the simple ranges")
        XCTAssertNil(SimpleScalars.lowercasedJoinedWords("İ"), "lowers into i and a combining dot")
        XCTAssertNil(SimpleScalars.lowercasedJoinedWords("Ⱥ"), "lowers into U+2C65, not simple")
        XCTAssertEqual(SimpleScalars.lowercasedJoinedWords("ĐỀ NGHỊ, hỗ trợ…  Vay-vốn"), "đề nghị hỗ trợ vay vốn")
    }

    private func assertSameAsGeneral(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let nfc = text.precomposedStringWithCanonicalMapping
        XCTAssertEqual(VietnameseText.nfc(text), nfc, "nfc of \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(VietnameseText.cellValue(text), nfc.trimmingCharacters(in: .whitespacesAndNewlines),
                       "cellValue of \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(VietnameseText.matchKey(text), VietnameseText.words(of: nfc.lowercased()).joined(separator: " "),
                       "matchKey of \(text.debugDescription)", file: file, line: line)
        let stripped = VietnameseText.stripDiacriticsDecomposing(text)
        XCTAssertEqual(VietnameseText.stripDiacritics(text), stripped, "stripDiacritics of \(text.debugDescription)", file: file, line: line)
        XCTAssertEqual(VietnameseText.fold(text), VietnameseText.words(of: stripped.lowercased()).joined(separator: " "),
                       "fold of \(text.debugDescription)", file: file, line: line)
        if let fast = SimpleScalars.lowercasedJoinedWords(text) {
            XCTAssertEqual(fast, VietnameseText.joinedWords(text.lowercased()), "lowercasedJoinedWords of \(text.debugDescription)",
                           file: file, line: line)
        }
        if let fast = SimpleScalars.containsLetter(text) {
            XCTAssertEqual(fast, text.contains(where: \.isLetter), "containsLetter of \(text.debugDescription)", file: file, line: line)
        }
    }
}
