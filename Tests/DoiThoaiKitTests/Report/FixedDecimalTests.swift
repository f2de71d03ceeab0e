import Foundation
import XCTest
@testable import DoiThoaiKit

final class FixedDecimalTests: XCTestCase {
    /// printf is the reference: every value, including those that round near a tie
    /// (0.125, 1.005, 2.675) and negative zero, must come out digit for digit the same.
    func testMatchesPrintfOnAwkwardValues() {
        let values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 0.045, 0.999_5, 0.9995, 99.5, 0.004_999,
                                1, 0.1, 0.25, 0.333_333, 0.666_666, 12.345, -0.4, -1.25, 1e-9, 123_456.789]
        for value in values {
            for decimals in 0...3 {
                XCTAssertEqual(FixedDecimal.format(value, decimals: decimals), String(format: "%.\(decimals)f", value),
                               "\(value) with \(decimals) decimals")
            }
        }
    }

    func testMatchesPrintfOnManyRandomConfidences() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = Double.random(in: 0...1, using: &generator)
            let share = Double(Int.random(in: 0...1000, using: &generator)) / Double(Int.random(in: 1...1000, using: &generator))
            for decimals in [0, 2, 3] {
                XCTAssertEqual(FixedDecimal.format(value, decimals: decimals), String(format: "%.\(decimals)f", value))
                XCTAssertEqual(FixedDecimal.format(share * 100, decimals: decimals), String(format: "%.\(decimals)f", share * 100))
            }
        }
    }
}
