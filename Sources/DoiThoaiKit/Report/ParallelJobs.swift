import Dispatch
import Foundation

/// Runs independent jobs on a few threads, each job taken by the next free worker in the
/// order given (so put the longest first), and waits for all of them.
///
/// Workbooks are independent files (libxlsxwriter keeps no state shared between
/// workbooks), so the consolidated workbook and the dozens of department and unit
/// workbooks are written side by side: on two cores the writing stage takes about half
/// as long (see BENCHMARKS.md). The first error stops workers from taking new jobs and
/// is thrown once all have stopped.
struct ParallelJobs {
    typealias Job = () throws -> Void

    let workers: Int

    /// One worker per core, at most `limit`: each worker holds one workbook's sheet in
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
