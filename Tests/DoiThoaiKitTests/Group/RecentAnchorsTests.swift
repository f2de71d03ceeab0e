import XCTest
@testable import DoiThoaiKit

final class RecentAnchorsTests: XCTestCase {
    func anchors(withKey key: Int32, in recent: RecentAnchors) -> [Int32] {
        var found: [Int32] = []
        recent.forEachAnchor(withKey: key) { found.append($0) }
        return found
    }

    func testAnchorsByKeyLatestFirstAndTheFirstByText() {
        var recent = RecentAnchors(expectedKeys: 2)
        XCTAssertTrue(recent.isEmpty)
        recent.add(anchor: 0, keys: [5, 9], text: 77)
        recent.add(anchor: 3, keys: [9], text: 77)
        recent.add(anchor: 4, keys: [], text: 12)
        XCTAssertEqual(anchors(withKey: 9, in: recent), [3, 0])
        XCTAssertEqual(anchors(withKey: 5, in: recent), [0])
        XCTAssertEqual(anchors(withKey: 6, in: recent), [])
        XCTAssertEqual(recent.anchor(withText: 77), 0)
        XCTAssertEqual(recent.anchor(withText: 12), 4)
    }

    func testGrowsPastTheExpectedKeysAndEmptiesForTheNextBatch() {
        var recent = RecentAnchors(expectedKeys: 2)
        // Keys that collide (multiples of a large power of two), more than expected.
        for anchor in Int32(0)..<200 { recent.add(anchor: anchor, keys: [(anchor % 50) << 16, 7], text: UInt64(anchor)) }
        XCTAssertEqual(anchors(withKey: 3 << 16, in: recent), [153, 103, 53, 3])
        XCTAssertEqual(anchors(withKey: 7, in: recent), Array((0..<200).reversed()))
        recent.removeAll()
        XCTAssertTrue(recent.isEmpty)
        XCTAssertEqual(anchors(withKey: 7, in: recent), [])
        XCTAssertNil(recent.anchor(withText: 5))
        recent.add(anchor: 300, keys: [7], text: 5)
        XCTAssertEqual(anchors(withKey: 7, in: recent), [300])
    }
}
