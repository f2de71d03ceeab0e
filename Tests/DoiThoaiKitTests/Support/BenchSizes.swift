import Foundation
import XCTest

/// The sizes a benchmark measures, from the environment `make bench-parts` sets; skips the
/// benchmark unless DOITHOAI_BENCH=1, so that `make test` never times anything.
enum BenchSizes {
    static func from(_ variable: String, default fallback: String) throws -> [Int] {
        let environment = ProcessInfo.processInfo.environment
        guard environment["DOITHOAI_BENCH"] == "1" else {
            throw XCTSkip("set DOITHOAI_BENCH=1 (and build with -c release) to measure")
        }
        return (environment[variable] ?? fallback).split(separator: ",").compactMap { Int($0) }
    }
}
