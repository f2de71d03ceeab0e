import Foundation

/// Times the pipeline's stages for the run report.
struct StageClock {
    private(set) var seconds: [String: Double] = [:]

    mutating func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            seconds[stage, default: 0] += (elapsed * 10000).rounded() / 10000
        }
        return try work()
    }
}
