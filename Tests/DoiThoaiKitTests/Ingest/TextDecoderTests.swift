import XCTest
@testable import DoiThoaiKit

final class TextDecoderTests: XCTestCase {
    func decode(_ bytes: [UInt8]) -> Result<([UInt8], TextEncoding), DecodingProblem> {
        TextDecoder.utf8Bytes(of: bytes)
    }

    func testUTF8WithAndWithoutBOM() throws {
        let text = "Nội dung"
        let (plain, plainEncoding) = try decode(Array(text.utf8)).get()
        XCTAssertEqual(String(decoding: plain, as: UTF8.self), text)
        XCTAssertEqual(plainEncoding, .utf8)
        let (bom, bomEncoding) = try decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)).get()
        XCTAssertEqual(String(decoding: bom, as: UTF8.self), text)
        XCTAssertEqual(bomEncoding, .utf8BOM)
    }

    func testUTF16WithBOM() throws {
        let text = "Nội dung\tĐơn vị"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        XCTAssertEqual(String(decoding: try decode(le).get().0, as: UTF8.self), text)
        XCTAssertEqual(try decode(be).get().1, .utf16BE)
    }

    func problem(_ bytes: [UInt8]) -> DecodingProblem? {
        if case .failure(let problem) = decode(bytes) { return problem }
        return nil
    }

    func testRefusesWhatIsNotText() {
        XCTAssertEqual(problem([]), .empty)
        XCTAssertEqual(problem([0x50, 0x4B, 0x03, 0x04, 0, 0]), .binary(kind: "tệp nén ZIP hoặc Excel (.xlsx)"))
        XCTAssertEqual(problem(Array("%PDF-1.4".utf8)), .binary(kind: "tệp PDF"))
        XCTAssertEqual(problem([0x41, 0x00, 0x00, 0x42]), .binary(kind: "dữ liệu nhị phân"))
        // A UTF-8 BOM promises UTF-8: bytes that are not are refused, with their place.
        XCTAssertEqual(problem([0xEF, 0xBB, 0xBF, 0x41, 0xEA, 0x6E]), .invalidUTF8(byteOffset: 4))
        // One word of Windows-1258 is no evidence: refused, never passed on as garbage.
        guard case .unrecognisedEncoding(let tried) = problem(Array("Ti".utf8) + [0xEA, 0x6E]) else {
            return XCTFail("a single legacy word must not be decoded on a guess")
        }
        XCTAssertEqual(tried.map(\.encoding), [.windows1258, .tcvn3, .vniWindows])
    }

    func testEveryProblemHasAVietnameseReasonWithAFix() {
        let trial = EncodingTrial(encoding: .tcvn3, outcome: .scored(VietnameseScore(words: 10, syllables: 2)))
        let problems: [DecodingProblem] = [
            .empty, .binary(kind: "tệp PDF"), .invalidUTF8(byteOffset: 3), .invalidUTF16(byteOffset: 7),
            .unrecognisedEncoding(tried: [trial]), .ambiguousEncoding(tried: [trial, trial]),
            .invalidByte(encoding: .windows1258, byteOffset: 9), .doubleEncoded(line: 4, flaw: .mixedWithCorrectText),
            .doubleEncoded(line: 4, flaw: .bytesLost), .doubleEncoded(line: 4, flaw: .notVietnamese),
        ]
        for problem in problems {
            XCTAssertTrue(problem.reason.contains(" — "), problem.reason)
            XCTAssertTrue(problem.reason.contains("lưu lại") || problem.reason.contains("gửi lại"), problem.reason)
        }
        XCTAssertTrue(DecodingProblem.unrecognisedEncoding(tried: [trial]).reason.contains("Không xác định được bảng mã"))
        XCTAssertTrue(DecodingProblem.unrecognisedEncoding(tried: [trial]).reason.contains("TCVN3 (ABC) (20%"))
        XCTAssertTrue(DecodingProblem.doubleEncoded(line: 4, flaw: .bytesLost).reason.contains("dòng 4"))
    }
}
