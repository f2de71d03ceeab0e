import XCTest
@testable import SyntheticCampaign

final class SeededGeneratorTests: XCTestCase {
    func testSameSeedSameSequence() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        XCTAssertEqual(first, (0..<5).map { _ in b.next() })
        XCTAssertNotEqual(first, (0..<5).map { _ in c.next() })
    }

    func testRangesAndChances() {
        var random = SeededGenerator(seed: 1)
        let numbers = (0..<1000).map { _ in random.number(in: 3...5) }
        XCTAssertEqual(Set(numbers), [3, 4, 5])
        let hits = (0..<10_000).filter { _ in random.chance(0.3) }.count
        XCTAssertEqual(Double(hits) / 10_000, 0.3, accuracy: 0.02)
    }
}
