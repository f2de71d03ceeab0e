import Foundation
import XCTest
@testable import DoiThoaiKit

final class ParallelJobsTests: XCTestCase {
    func testResultsComeBackInIndexOrderAndEveryJobIsCounted() throws {
        var counts: [Int] = []
        let squares = try ParallelJobs(workers: 3).map(200, finished: { counts.append($0) }) { index -> Int in
            if index % 7 == 0 { Thread.sleep(forTimeInterval: 0.001) }  // finish out of order
            return index * index
        }
        XCTAssertEqual(squares, (0..<200).map { $0 * $0 })
        XCTAssertEqual(counts, Array(1...200), "finished is told each count once, one call at a time")
    }

    func testTheFirstErrorIsThrownAndStopsTheRest() {
        struct Broken: Error {}
        let ran = Counter()
        XCTAssertThrowsError(try ParallelJobs(workers: 2).run((0..<1_000).map { index in
            {
                ran.add()
                if index == 3 { throw Broken() }
                Thread.sleep(forTimeInterval: 0.0005)
            }
        })) { XCTAssertTrue($0 is Broken) }
        XCTAssertLessThan(ran.value, 1_000, "workers stop taking jobs after a failure")
    }

    func testOneWorkerRunsJobsInOrder() throws {
        var order: [Int] = []
        try ParallelJobs(workers: 1).run((0..<10).map { index in { order.append(index) } })
        XCTAssertEqual(order, Array(0..<10))
    }

    func testChunksAreJoinedInOrderAcrossBoundaries() {
        for count in [0, 1, 6, 7, 8, 29] {
            let items = Array(0..<count)
            let doubled = ParallelJobs(workers: 2).mapChunks(items, size: 7) { $0.map { $0 * 2 } }
            XCTAssertEqual(doubled, items.map { $0 * 2 }, "\(count) items")
        }
    }

    func testRangesCoverTheCountInOrder() {
        for count in [0, 1, 6, 7, 8, 29] {
            let ranges = ParallelJobs(workers: 3).mapRanges(count, size: 7) { [$0] }
            XCTAssertEqual(ranges.flatMap { Array($0) }, Array(0..<count), "\(count) items")
            XCTAssertTrue(ranges.allSatisfy { !$0.isEmpty && $0.count <= 7 })
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }
}
