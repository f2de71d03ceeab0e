import Foundation
import XCTest
@testable import DoiThoaiKit

/// Decoding throughput on 10 MB files of each kind. A measurement, not a test: run by
/// `make bench` only (no assertion on time), in release:
///
///     DOITHOAI_BENCH=1 swift test -c release -Xswiftc -enable-testing --disable-swift-testing \
///         --filter Benchmarks
final class DecodingBenchmarks: XCTestCase {
    static let size = 10 * 1024 * 1024

    func repeated(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.size + bytes.count)
        while out.count < Self.size { out += bytes }
        return out
    }

    /// The result and the best time of `runs` runs: the machine is shared, the best run is
    /// the one least disturbed.
    func bestOf<T>(_ runs: Int, _ body: () -> T) -> (T, Double) {
        var best = Double.infinity
        var result: T?
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            result = body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (result!, best)
    }

    func testDecodingTenMegabytesOfEachKind() throws {
        guard ProcessInfo.processInfo.environment["DOITHOAI_BENCH"] == "1" else {
            throw XCTSkip("set DOITHOAI_BENCH=1 (and build with -c release) to measure")
        }
        let unicode = try TestData.bytes("legacy-encodings/derived_vectors/unicode.txt")
        let text = String(decoding: unicode, as: UTF8.self)
        let mojibake = String(String.UnicodeScalarView(unicode.map { Unicode.Scalar(Windows1252.scalars[Int($0)])! }))
        let utf16 = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let kinds: [(String, [UInt8], TextEncoding)] = [
            ("UTF-8", unicode, .utf8),
            ("UTF-16 LE without BOM", utf16, .utf16LENoBOM),
            ("double-encoded UTF-8", Array(mojibake.utf8), .utf8Repaired),
            ("Windows-1258", try TestData.bytes("legacy-encodings/derived_vectors/cp1258.txt"), .windows1258),
            ("TCVN3", try TestData.bytes("legacy-encodings/derived_vectors/tcvn3.txt"), .tcvn3),
            ("VNI-Windows", try TestData.bytes("legacy-encodings/derived_vectors/vni-win.txt"), .vniWindows),
        ]
        for (name, unit, encoding) in kinds {
            let bytes = repeated(unit)
            let (result, seconds) = bestOf(5) { TextDecoder.utf8Bytes(of: bytes) }
            let (utf8, found) = try result.get()
            XCTAssertEqual(found, encoding, name)
            XCTAssertEqual(Array(utf8.prefix(unicode.count)), unicode, name)
            let megabytes = Double(bytes.count) / 1_048_576
            print(String(format: "decoding %@: %.1f MB in %.3f s = %.0f MB/s (best of 5)", name, megabytes, seconds, megabytes / seconds))
        }
        let sample = ScoringSample.of(repeated(unicode))
        let (score, seconds) = bestOf(5) { VietnameseScorer.score(utf8: sample) }
        print(String(format: "scoring one %d-byte sample (%d words): %.3f s", sample.count, score.words, seconds))
    }
}
