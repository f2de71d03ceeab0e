import Foundation

/// One of issue #9's targets against what was measured; a report line, never an assertion.
public struct TargetCheck: Equatable, Sendable {
    public var target: String
    /// nil when the sizes run did not include what the target needs.
    public var night: Night?
    /// The measured figure as printed, or why there is none.
    public var measured: String
    /// nil when not measured.
    public var met: Bool?

    public init(target: String, night: Night?, measured: String, met: Bool?) {
        self.target = target
        self.night = night
        self.measured = measured
        self.met = met
    }

    public var mark: String {
        switch met {
        case true?: return "✓"
        case false?: return "✗"
        case nil: return "–"
        }
    }
}

/// Issue #9's targets: 1M < 60 s and < 1 GiB; 100k < 6 s; a province's typical 5,000 < 1 s
/// after start-up; time(1M)/time(100k) ≤ 11. Each is judged on each night measured.
public enum Targets {
    public static func check(_ runs: [RunMeasurement], startupSeconds: Double) -> [TargetCheck] {
        func perNight(_ target: String, size: Int, _ judge: (RunMeasurement) -> (String, Bool)) -> [TargetCheck] {
            let measured = runs.filter { $0.size == size && $0.time.succeeded }
            guard !measured.isEmpty else { return [TargetCheck(target: target, night: nil, measured: "not run", met: nil)] }
            return measured.map { run in
                let (figure, met) = judge(run)
                return TargetCheck(target: target, night: run.night, measured: figure, met: met)
            }
        }
        return perNight("1M wall < 60 s", size: 1_000_000) { (seconds($0.wallSeconds), $0.wallSeconds < 60) }
            + perNight("1M peak memory < 1 GiB", size: 1_000_000) { (mebibytes($0.time.peakMiB), $0.time.peakMiB < 1024) }
            + perNight("100k wall < 6 s", size: 100_000) { (seconds($0.wallSeconds), $0.wallSeconds < 6) }
            + perNight("5k wall − start-up < 1 s", size: 5_000) { run in
                let afterStartup = run.wallSeconds - startupSeconds
                return (seconds(afterStartup) + " (\(seconds(run.wallSeconds)) − \(seconds(startupSeconds)))", afterStartup < 1)
            }
            + scalingChecks(runs)
    }

    /// time(1M)/time(100k) ≤ 11: a little above 10 allows for fixed costs, not for anything
    /// growing faster than the rows.
    static func scalingChecks(_ runs: [RunMeasurement]) -> [TargetCheck] {
        let target = "time(1M)/time(100k) ≤ 11"
        let checks = Night.allCases.compactMap { night -> TargetCheck? in
            guard let ratio = wallRatio(runs, night, 1_000_000, over: 100_000) else { return nil }
            return TargetCheck(target: target, night: night, measured: String(format: "%.2f", ratio), met: ratio <= 11)
        }
        return checks.isEmpty ? [TargetCheck(target: target, night: nil, measured: "not run", met: nil)] : checks
    }

    /// wall(`size`)/wall(`base`) for one night, when both ran and succeeded.
    public static func wallRatio(_ runs: [RunMeasurement], _ night: Night, _ size: Int, over base: Int) -> Double? {
        func wall(_ size: Int) -> Double? {
            runs.first { $0.size == size && $0.night == night && $0.time.succeeded }?.wallSeconds
        }
        guard let top = wall(size), let bottom = wall(base), bottom > 0 else { return nil }
        return top / bottom
    }

    static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
    static func mebibytes(_ value: Double) -> String { String(format: "%.0f MiB", value) }
}
