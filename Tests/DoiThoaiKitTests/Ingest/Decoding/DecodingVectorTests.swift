import Foundation
import XCTest
@testable import DoiThoaiKit

/// The 60 derived sentences in each legacy encoding: decoded line by line to unicode.txt's
/// line, and detected as the right encoding when given as a whole file.
final class DecodingVectorTests: XCTestCase {
    static let cases: [(file: String, encoding: TextEncoding)] = [
        ("tcvn3.txt", .tcvn3), ("vni-win.txt", .vniWindows), ("cp1258.txt", .windows1258),
    ]

    func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    func vectors(_ file: String) throws -> [(bytes: [UInt8], expected: String)] {
        let expected = lines(try TestData.bytes("legacy-encodings/derived_vectors/unicode.txt"))
        let encoded = lines(try TestData.bytes("legacy-encodings/derived_vectors/\(file)"))
        XCTAssertEqual(encoded.count, expected.count, file)
        return zip(encoded, expected).map { ($0, String(decoding: $1, as: UTF8.self)) }
    }

    func testEachSentenceDecodesToItsUnicodeLine() throws {
        for (file, encoding) in Self.cases {
            let vectors = try vectors(file)
            XCTAssertGreaterThanOrEqual(vectors.count, 60)
            for (number, vector) in vectors.enumerated() {
                let decoded = try EncodingChooser.decode(vector.bytes, as: encoding).get()
                XCTAssertEqual(String(decoding: decoded, as: UTF8.self), vector.expected, "\(file) line \(number + 1)")
            }
        }
    }

    func testEachWholeFileIsDetectedAsItsEncoding() throws {
        let expected = try TestData.bytes("legacy-encodings/derived_vectors/unicode.txt")
        for (file, encoding) in Self.cases {
            let result = TextDecoder.utf8Bytes(of: try TestData.bytes("legacy-encodings/derived_vectors/\(file)"))
            guard case .success(let (utf8, found)) = result else { return XCTFail("\(file): \(result)") }
            XCTAssertEqual(found, encoding, file)
            XCTAssertEqual(utf8, expected, file)
        }
    }

    func testTheRightTableIsClearlyAheadOnTheDerivedVectors() throws {
        for (file, encoding) in Self.cases {
            let sample = try TestData.bytes("legacy-encodings/derived_vectors/\(file)")
            for candidate in EncodingChooser.legacyEncodings {
                guard case .success(let utf8) = EncodingChooser.decode(sample, as: candidate) else { continue }
                let score = VietnameseScorer.score(utf8: utf8)
                if candidate == encoding {
                    XCTAssertGreaterThanOrEqual(score.share, 0.95, "\(file) as \(candidate.rawValue): \(score)")
                } else {
                    XCTAssertLessThan(score.share, 0.5, "\(file) as \(candidate.rawValue): \(score)")
                }
            }
        }
    }

    func testLibiconvCP1258SnippetDecodesToItsUTF8Twin() throws {
        let snippet = try TestData.bytes("legacy-encodings/libiconv/CP1258-snippet")
        let twin = try TestData.bytes("legacy-encodings/libiconv/CP1258-snippet.UTF-8")
        XCTAssertEqual(try CP1258Decoder.decode(snippet).get(), twin)
        // glibc composes base + tone byte itself: the output is NFC already.
        let text = String(decoding: twin, as: UTF8.self)
        XCTAssertEqual(Array(text.precomposedStringWithCanonicalMapping.utf8), twin)
        let (utf8, encoding) = try TextDecoder.utf8Bytes(of: snippet).get()
        XCTAssertEqual(encoding, .windows1258)
        XCTAssertEqual(utf8, twin)
    }

    func testWindows1258UndefinedByteIsAFailureWithItsOffset() {
        XCTAssertEqual(CP1258Decoder.decode(Array("abc".utf8) + [0x81]), .failure(.invalidByte(offset: 3)))
        // A large input grows the output buffer (E2BIG) and still ends complete.
        let big = [UInt8](repeating: 0xEA, count: 100_000)  // ê: two UTF-8 bytes each
        XCTAssertEqual(try CP1258Decoder.decode(big).get().count, 200_000)
    }
}
