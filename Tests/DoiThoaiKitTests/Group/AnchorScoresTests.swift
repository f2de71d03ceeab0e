import XCTest
@testable import DoiThoaiKit

final class AnchorScoresTests: XCTestCase {
    func testSumsEachAnchorsWeightsInOrderOfFirstVisit() {
        var scores = AnchorScores(expected: 8)
        for (anchor, weight) in [(7, 1.5), (3, 2.0), (7, 0.25), (1_000_000, 1.0), (3, 1.0)] {
            scores.add(Int32(anchor), weight: weight)
        }
        XCTAssertEqual(scores.anchors, [7, 3, 1_000_000])
        XCTAssertEqual(scores.scores, [1.75, 3.0, 1.0])
    }

    func testTheFirstQuestionIsAnAnchorLikeAnyOther() {
        // Empty slots are marked by an anchor of -1, so document 0 must not read as one.
        var scores = AnchorScores(expected: 4)
        scores.add(0, weight: 1)
        scores.add(0, weight: 0.5)
        XCTAssertEqual(scores.anchors, [0])
        XCTAssertEqual(scores.scores, [1.5])
    }

    func testEmptiedForTheNextQuestion() {
        var scores = AnchorScores(expected: 4)
        scores.add(5, weight: 1)
        scores.removeAll()
        XCTAssertTrue(scores.anchors.isEmpty)
        scores.add(5, weight: 2)
        XCTAssertEqual(scores.scores, [2])
    }

    func testGrowsPastTheExpectedCountAndMatchesAPlainSum() {
        // Anchors that collide (multiples of a large power of two) and more of them than expected.
        var scores = AnchorScores(expected: 2)
        var plain: [Int32: Double] = [:]
        var order: [Int32] = []
        for step in 0..<500 {
            let anchor = Int32((step * 7919) % 300) << 12
            let weight = Double(step % 13) + 0.1
            scores.add(anchor, weight: weight)
            if plain[anchor] == nil { order.append(anchor) }
            plain[anchor, default: 0] += weight
        }
        XCTAssertEqual(scores.anchors, order)
        XCTAssertEqual(scores.scores, order.map { plain[$0]! })
    }
}
