import Dispatch
import Foundation

/// Runs independent jobs on a few threads, each job taken by the next free worker in the
/// order given (so put the longest first), and waits for all of them.
///
/// Input files are parsed side by side, and workbooks are written side by side: the
/// consolidated workbook and the dozens of department and unit workbooks, each with its
/// own libxlsxwriter objects and temporary files (the end-to-end and crash tests run them
/// so; their outputs are compared byte for byte with a night never interrupted). The first error stops workers from
/// taking new jobs and is thrown once all have stopped.
struct ParallelJobs {
    typealias Job = () throws -> Void

    let workers: Int

    /// One worker per core, at most `limit`: each worker holds one file or workbook in
    /// memory at a time, so more workers cost memory as well as giving speed.
    static func perCore(limit: Int = 4) -> ParallelJobs {
        ParallelJobs(workers: max(1, min(limit, ProcessInfo.processInfo.activeProcessorCount)))
    }

    func run(_ jobs: [Job]) throws {
        let state = SharedState(jobs: jobs)
        DispatchQueue.concurrentPerform(iterations: min(workers, jobs.count)) { _ in
            while let job = state.nextJob() {
                do { try job() } catch { state.fail(error) }
            }
        }
        if let error = state.firstError { throw error }
    }

    /// `body(0..<count)` on the workers; the results in index order. `finished` is told
    /// how many are done after each, one call at a time.
    func map<Result>(_ count: Int, finished: (Int) -> Void = { _ in }, _ body: (Int) throws -> Result) throws -> [Result] {
        let results = Results<Result>(count: count)
        // The jobs do not outlive `run`, which waits for every worker.
        try withoutActuallyEscaping(body) { body in
            try withoutActuallyEscaping(finished) { finished in
                try run((0..<count).map { index in
                    { results.store(try body(index), at: index, then: finished) }
                })
            }
        }
        return results.values.map { $0! }
    }

    /// `body` over consecutive slices of `items` of at most `size`, on the workers; the
    /// results joined in order. For work on each item alone (fingerprints, topics).
    func mapChunks<Item, Result>(_ items: [Item], size: Int, _ body: (ArraySlice<Item>) -> [Result]) -> [Result] {
        mapRanges(items.count, size: size) { body(items[$0]) }
    }

    /// `body` over consecutive ranges of `0..<count` of at most `size`, on the workers; the
    /// results joined in order.
    func mapRanges<Result>(_ count: Int, size: Int, _ body: (Range<Int>) -> [Result]) -> [Result] {
        let chunks = (count + size - 1) / size
        // `try!`: the body throws nothing, so neither can the map; a silent empty result
        // instead would drop items.
        let results = try! map(chunks) { index in
            body((index * size)..<Swift.min(count, (index + 1) * size))
        }
        return Array(results.joined())
    }

    /// Results filled in by any worker, and the count done, behind one lock.
    private final class Results<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Value?]
        private var done = 0

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func store(_ value: Value, at index: Int, then finished: (Int) -> Void) {
            lock.withLock {
                values[index] = value
                done += 1
                finished(done)
            }
        }
    }

    /// The queue of jobs and the first failure, behind one lock.
    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var jobs: [Job]
        private var next = 0
        private(set) var firstError: Error?

        init(jobs: [Job]) {
            self.jobs = jobs
        }

        func nextJob() -> Job? {
            lock.withLock {
                guard firstError == nil, next < jobs.count else { return nil }
                defer { next += 1 }
                return jobs[next]
            }
        }

        func fail(_ error: Error) {
            lock.withLock { if firstError == nil { firstError = error } }
        }
    }
}
