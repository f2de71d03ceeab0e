import Foundation
import XCTest
@testable import DoiThoaiKit

/// Every letter of the reference table, decoded with our own tables (and iconv for
/// Windows-1258), gives that letter in NFC.
final class DecodingTableTests: XCTestCase {
    func utf8(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The capitals whose TCVN3 bytes are those of their lowercase letter.
    func capitalsSharingLowercaseBytes(_ table: LegacyCharsetTable) -> Set<String> {
        Set(table.rows.filter { row in
            row.letter != row.letter.lowercased()
                && table.rows.contains { $0.letter == row.letter.lowercased() && $0.bytes["tcvn3"] == row.bytes["tcvn3"] }
        }.map(\.letter))
    }

    func testEveryTCVN3LetterOfTheTable() throws {
        let table = try LegacyCharsetTable.load()
        XCTAssertEqual(table.rows.count, 186)
        let shared = capitalsSharingLowercaseBytes(table)
        for row in table.rows {
            let decoded = utf8(TCVN3Decoder.decode(row.bytes["tcvn3"]!))
            // VN3 has no capitals with a tone: the table gives them the lowercase letter's
            // byte, and a lone letter decodes to the lowercase one.
            let expected = shared.contains(row.letter) ? row.letter.lowercased() : row.letter
            XCTAssertEqual(decoded, expected, "\(row.codepoint) \(row.letter)")
            XCTAssertEqual(decoded, decoded.precomposedStringWithCanonicalMapping, "\(row.codepoint) not NFC")
        }
    }

    func testTCVN3CapitalsSharingTheLowercaseByteAreExactlyTheTonedOnes() throws {
        let shared = capitalsSharingLowercaseBytes(try LegacyCharsetTable.load())
        XCTAssertEqual(shared.count, 12 * 5, shared.sorted().joined())
        XCTAssertTrue(shared.isDisjoint(with: ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]))
    }

    func testTCVN3WordTypedInCapitalsGetsItsCapitalsBack() {
        // "ĐẠI HỘI" in capitals: Đ and I are capitals, ạ and ộ only exist in lowercase.
        let bytes: [UInt8] = [0xA7, 0xB9, 0x49, 0x20, 0x48, 0xE9, 0x49, 0x20, 0x4E, 0x47, 0x48, 0xDE]
        XCTAssertEqual(utf8(TCVN3Decoder.decode(bytes)), "ĐẠI HỘI NGHỊ")
        // A word in Title case keeps its lowercase letters.
        XCTAssertEqual(utf8(TCVN3Decoder.decode([0xA7, 0xD2, 0x20, 0x6E, 0x67, 0x68, 0xDE])), "Đề nghị")
    }

    func testEveryVNILetterOfTheTable() throws {
        let table = try LegacyCharsetTable.load()
        for row in table.rows {
            let decoded = utf8(VNIDecoder.decode(row.bytes["vni-win"]!))
            XCTAssertEqual(decoded, row.letter, "\(row.codepoint) \(row.letter)")
        }
    }

    func testEveryWindows1258LetterOfTheTableThroughIconv() throws {
        let table = try LegacyCharsetTable.load()
        for row in table.rows {
            for column in ["cp1258_decomposed", "cp1258_precomposed"] {
                let decoded = utf8(try CP1258Decoder.decode(row.bytes[column]!).get())
                XCTAssertEqual(decoded, row.letter, "\(column) \(row.codepoint) \(row.letter)")
            }
        }
    }

    func testVNIMarksFollowTheirBaseInEitherCase() {
        // "Vieät Nam", "VIEÄT" with the uppercase mark, "Vieät" typed with an uppercase mark
        // after a lowercase base (the base gives the case), and ươ: two single bytes and a tone.
        let cases: [([UInt8], String)] = [
            (Array("Vie".utf8) + [0xE4] + Array("t Nam".utf8), "Việt Nam"),
            (Array("VIE".utf8) + [0xC4, 0x54], "VIỆT"),
            (Array("Vie".utf8) + [0xC4, 0x74], "Việt"),
            ([0x6E, 0x67, 0xF6, 0xF4, 0xF8, 0x69], "người"),
        ]
        for (bytes, expected) in cases { XCTAssertEqual(utf8(VNIDecoder.decode(bytes)), expected) }
    }

    func testVNIMarkWithoutAVowelIsKeptAsCombiningMarks() {
        // A tone mark after a consonant and a breve after "e": drawn, not dropped.
        XCTAssertEqual(Array(utf8(VNIDecoder.decode([0x6E, 0xF9])).unicodeScalars.map(\.value)), [0x6E, 0x301])
        XCTAssertEqual(Array(utf8(VNIDecoder.decode([0x65, 0xE9])).unicodeScalars.map(\.value)), [0x65, 0x306, 0x301])
    }

    func testTCVN3UpperHalfAgreesWithLibiconvsTCVNSnippet() throws {
        // iconv's TCVN is VN1; its snippet only holds bytes VN1 and VN3 share (à ạ ế ệ).
        let snippet = try TestData.bytes("legacy-encodings/libiconv/TCVN-snippet")
        let expected = try TestData.bytes("legacy-encodings/libiconv/TCVN-snippet.UTF-8")
        XCTAssertEqual(utf8(TCVN3Decoder.decode(snippet)), utf8(expected))
    }

    func testVowelTableIsPrecomposedAndComplete() {
        for rows in [VietnameseLetters.lowerRows, VietnameseLetters.upperRows] {
            for row in rows {
                XCTAssertEqual(row.unicodeScalars.count, 6, row)
                XCTAssertEqual(row, row.precomposedStringWithCanonicalMapping)
            }
        }
        // 12 vowels × 6 tones, less the 6 plain ASCII ones, in both cases; and đ, Đ.
        XCTAssertEqual(VietnameseLetters.byScalar.count, 2 * (12 * 6 - 6) + 2)
    }
}
