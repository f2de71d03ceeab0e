import Foundation

/// The per-stage seconds a run wrote in its `run-report.json` (`"seconds": {"read": 1.2, …}`).
public struct StageSeconds: Equatable, Sendable {
    /// The pipeline's stages in the order they run, for the table's columns. A stage the
    /// pipeline gains later still shows, after these.
    public static let pipelineOrder = [
        "config", "read", "admit", "registry", "group", "classify", "route", "answers", "follow-up", "write",
    ]

    public var byStage: [String: Double]

    public init(_ byStage: [String: Double]) {
        self.byStage = byStage
    }

    /// Reads the `seconds` object of a run report.
    public init(runReport data: Data) throws {
        guard let report = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let seconds = report["seconds"] as? [String: Any]
        else { throw BenchError.malformed(what: "run-report.json", detail: "no \"seconds\" object") }
        var byStage: [String: Double] = [:]
        for (stage, value) in seconds {
            guard let number = value as? NSNumber else {
                throw BenchError.malformed(what: "run-report.json", detail: "seconds of \"\(stage)\" is not a number")
            }
            byStage[stage] = number.doubleValue
        }
        self.init(byStage)
    }

    /// Time inside the stages; the rest of the wall time is start-up, the lock, the commit and exit.
    public var total: Double { byStage.values.reduce(0, +) }

    /// The stages of all `runs`, in pipeline order, unknown ones after in alphabetical order.
    public static func columns(of runs: [StageSeconds]) -> [String] {
        let present = Set(runs.flatMap(\.byStage.keys))
        let known = pipelineOrder.filter(present.contains)
        return known + present.subtracting(pipelineOrder).sorted()
    }
}
