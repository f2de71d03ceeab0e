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
        // Windows-1258 bytes are not UTF-8: refused with the offset, never passed on as garbage.
        XCTAssertEqual(problem(Array("Ti".utf8) + [0xEA, 0x6E]), .notUTF8(byteOffset: 2))
    }
}
