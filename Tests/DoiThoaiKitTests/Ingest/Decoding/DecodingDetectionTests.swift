import Foundation
import XCTest
@testable import DoiThoaiKit

/// What `TextDecoder` decides for whole files: UTF-16 without BOM, double-encoded UTF-8,
/// and what it must refuse.
final class DecodingDetectionTests: XCTestCase {
    let vietnamese = "STT\tNội dung câu hỏi\tĐơn vị\n1\tĐề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên\tXã Đàm Thủy\n"

    func decode(_ bytes: [UInt8]) -> Result<([UInt8], TextEncoding), DecodingProblem> {
        TextDecoder.utf8Bytes(of: bytes)
    }

    func problem(_ bytes: [UInt8]) -> DecodingProblem? {
        if case .failure(let problem) = decode(bytes) { return problem }
        return nil
    }

    func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
    }

    /// UTF-8 bytes read as Windows-1252 and written as UTF-8 again, the way Windows does it
    /// (the five undefined bytes become the C1 control of the same number).
    func doubleEncoded(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar(Windows1252.scalars[Int($0)])! }))
    }

    func testUTF16WithoutBOMIsRecognisedInBothByteOrders() throws {
        for (littleEndian, encoding) in [(true, TextEncoding.utf16LENoBOM), (false, .utf16BENoBOM)] {
            let (utf8, found) = try decode(utf16(vietnamese, littleEndian: littleEndian)).get()
            XCTAssertEqual(found, encoding)
            XCTAssertEqual(String(decoding: utf8, as: UTF8.self), vietnamese)
        }
        let emoji = "Câu hỏi 👍 về việc làm\n"
        XCTAssertEqual(try decode(utf16(emoji, littleEndian: true)).get().0, Array(emoji.utf8))
    }

    func testUTF16WithoutBOMCutShortIsRefusedWithItsPlace() {
        let bytes = utf16(vietnamese, littleEndian: true)
        XCTAssertEqual(problem(bytes + [0x41]), .invalidUTF16(byteOffset: bytes.count))
        // A lone high surrogate.
        XCTAssertEqual(problem([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x41, 0x00]), .invalidUTF16(byteOffset: 4))
    }

    func testBytesWithZerosThatAreNotUTF16StayBinary() {
        let bytes: [UInt8] = (0..<512).map { $0 % 3 == 0 ? 0 : UInt8($0 % 200 + 40) }
        XCTAssertEqual(problem(bytes), .binary(kind: "dữ liệu nhị phân"))
    }

    func testDoubleEncodedUTF8IsRepaired() throws {
        let mojibake = doubleEncoded("Đề nghị hỗ trợ vay vốn khởi nghiệp")
        // What the brief shows as "Ä‘á» nghá»‹": the U+0081 after "á»" is invisible.
        XCTAssertTrue(doubleEncoded("đề nghị hỗ trợ").hasPrefix("Ä‘á»\u{81} nghá»‹ há»— trá»£"))
        let (utf8, encoding) = try decode(Array(mojibake.utf8)).get()
        XCTAssertEqual(encoding, .utf8Repaired)
        XCTAssertEqual(String(decoding: utf8, as: UTF8.self), "Đề nghị hỗ trợ vay vốn khởi nghiệp")
        let (withBOM, _) = try decode([0xEF, 0xBB, 0xBF] + Array(doubleEncoded("đề nghị hỗ trợ").utf8)).get()
        XCTAssertEqual(String(decoding: withBOM, as: UTF8.self), "đề nghị hỗ trợ")
    }

    func testDoubleEncodingThatCannotBeUndoneWhollyIsRefused() {
        // Correct lines, then double-encoded ones from line 3.
        let mixed = vietnamese + doubleEncoded("2\tĐề nghị hỗ trợ\tXã Đàm Thủy\n")
        XCTAssertEqual(problem(Array(mixed.utf8)), .doubleEncoded(line: 3, flaw: .mixedWithCorrectText))
        // The invisible U+0081 after "á»" was dropped on the way: "ề" can no longer be told from "ọ", "ờ"…
        let lossy = doubleEncoded("Đề nghị hỗ trợ").replacingOccurrences(of: "\u{81}", with: "")
        XCTAssertEqual(problem(Array(lossy.utf8)), .doubleEncoded(line: 1, flaw: .bytesLost))
        // Double-encoded French: undone, it still is not Vietnamese.
        XCTAssertEqual(problem(Array(doubleEncoded("Été déjà réglé à côté").utf8)), .doubleEncoded(line: 1, flaw: .notVietnamese))
    }

    func testCorrectUTF8IsLeftAlone() throws {
        let samples = [
            vietnamese,
            "NGÃ\u{A0}BA ĐỒNG ĐĂNG “ĐẦU TƯ” – Ô…",  // genuine letters next to Windows-1252 punctuation
            "Café, déjà vu, naïve, Ä‘", // one stray suspect in otherwise genuine text
            "STT,Noi dung\n1,De nghi ho tro vay von\n",
        ]
        for text in samples {
            let (utf8, encoding) = try decode(Array(text.utf8)).get()
            XCTAssertEqual(encoding, .utf8, text)
            XCTAssertEqual(utf8, Array(text.utf8), text)
        }
    }

    func testASmallFileInEachLegacyEncodingIsStillDetected() throws {
        let table = try LegacyCharsetTable.load()
        let text = "Nội dung\nĐề nghị hỗ trợ vay vốn\n"
        for (column, encoding) in DecodingQuestionFileTests.charsets {
            let (utf8, found) = try decode(table.encode(text, in: column)).get()
            XCTAssertEqual(found, encoding, column)
            XCTAssertEqual(String(decoding: utf8, as: UTF8.self), text, column)
        }
    }

    func testRandomBytesAreRefusedWithTheCandidatesNamed() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<2000).map { _ in UInt8.random(in: 1...255, using: &generator) }
            guard case .failure(let problem) = decode(bytes) else { return XCTFail("random bytes decoded") }
            switch problem {
            case .unrecognisedEncoding(let tried), .ambiguousEncoding(let tried):
                XCTAssertEqual(Set(tried.map(\.encoding)), [.windows1258, .tcvn3, .vniWindows])
                XCTAssertTrue(problem.reason.contains("Windows-1258"), problem.reason)
            default:
                XCTFail("\(problem)")
            }
        }
    }

    func testLatin1FrenchIsRefused() {
        let french = "Numéro,Question\n1,Où se trouve la préfecture ? Je voudrais déposer un dossier complété.\n2,Très bien, merci. À bientôt, élève François\n"
        let latin1 = french.unicodeScalars.map { UInt8($0.value) }
        guard case .failure(.unrecognisedEncoding(let tried)) = decode(latin1) else {
            return XCTFail("French Latin-1 must be refused: \(decode(latin1))")
        }
        XCTAssertTrue(tried.allSatisfy { ($0.score?.share ?? 0) < EncodingChooser.minimumShare })
    }

    func testVISCIIWhichIsNotConvertedIsRefused() throws {
        let viscii = try TestData.bytes("legacy-encodings/derived_vectors/viscii.txt")
        guard case .failure(let problem) = decode(viscii) else { return XCTFail("VISCII must not pass as another table") }
        XCTAssertTrue(problem.reason.hasPrefix("Không xác định được bảng mã"), problem.reason)
    }

    func testASCIIStaysUTF8() throws {
        let ascii = Array("STT;Noi dung cau hoi;Don vi\n1;De nghi ho tro;Xa Dam Thuy\n".utf8)
        XCTAssertEqual(try decode(ascii).get().1, .utf8)
        XCTAssertEqual(try decode(ascii).get().0, ascii)
    }

    func testOnlySharedPunctuationNeedsNoChoice() throws {
        // Not UTF-8, but every table reads 0x93/0x94/0x96 as “ ” –: nothing to choose.
        let bytes = Array("Noi dung ".utf8) + [0x93] + Array("hoi".utf8) + [0x94, 0x20, 0x96, 0x20, 0x41]
        let (utf8, _) = try decode(bytes).get()
        XCTAssertEqual(String(decoding: utf8, as: UTF8.self), "Noi dung “hoi” – A")
    }
}
