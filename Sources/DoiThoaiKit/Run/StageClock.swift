import Foundation
import Logging

/// Times the pipeline's stages for the run report, and logs each as it ends.
struct StageClock {
    private(set) var seconds: [String: Double] = [:]
    var logger: Logger?

    init(logger: Logger? = nil) {
        self.logger = logger
    }

    mutating func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { record(stage, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try work()
    }

    /// Adds a stage timed elsewhere (on another thread) to the clock, and logs it.
    mutating func record(_ stage: String, seconds elapsed: Double) {
        seconds[stage, default: 0] += (elapsed * 10000).rounded() / 10000
        logger?.info("\(stage): \(String(format: "%.2f", elapsed)) s\(ProcessMemory.now().map { "; \($0.description)" } ?? "")")
    }
}

/// A stage that runs beside the writing of the outputs, on whichever worker is free
/// (`OutputWriter.writeAll`), and is timed there.
struct AlongsideStage {
    let name: String
    let work: () throws -> Void
}
