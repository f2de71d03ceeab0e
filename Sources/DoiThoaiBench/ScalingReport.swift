import Foundation

/// Everything one `make bench` measured, rendered as the markdown it prints and keeps in
/// .build-bench/last.md.
public struct ScalingReport: Sendable {
    public var machine: MachineDescription
    /// When the measurement started, as printed (kept a string so rendering is pure).
    public var date: String
    /// Wall seconds of `doithoai --version`: what "after start-up" subtracts.
    public var startupSeconds: Double
    public var runs: [RunMeasurement]
    public var floor: FloorMeasurement?

    public init(machine: MachineDescription, date: String, startupSeconds: Double, runs: [RunMeasurement],
                floor: FloorMeasurement?) {
        self.machine = machine
        self.date = date
        self.startupSeconds = startupSeconds
        self.runs = runs
        self.floor = floor
    }

    public var markdown: String {
        var sections = [
            "## doithoai run end to end (issue #9), \(date)",
            "Machine: \(machine.summary). Start-up (`doithoai --version`): \(Self.format(startupSeconds)) s.",
            table,
            "Stages are the `seconds` of run-report.json; \"outside\" is the wall time outside them "
                + "(start-up, lock, renaming the outputs into place, exit). Peak is the maximum resident set "
                + "size from `/usr/bin/time -v`. First night: empty registry; rerun: the same input again.",
        ]
        sections += [failureLines, floorLines, scalingLines].filter { !$0.isEmpty }
        sections.append(targetTable)
        return sections.joined(separator: "\n\n") + "\n"
    }

    var table: String {
        let stages = StageSeconds.columns(of: runs.map(\.stages))
        let header = ["size", "night", "exit", "wall s", "peak MiB"] + stages + ["outside"]
        let alignment = ["---:", "---", "---:", "---:", "---:"] + Array(repeating: "---:", count: stages.count + 1)
        let rows = runs.map { run -> [String] in
            let exit = run.time.signal.map { "signal \($0)" } ?? "\(run.time.exitStatus)"
            let stageCells = stages.map { run.stages.byStage[$0].map(Self.format) ?? "" }
            return [SizeLabel.of(run.size), run.night.rawValue, exit, Self.format(run.wallSeconds),
                    String(format: "%.0f", run.time.peakMiB)] + stageCells + [Self.format(run.outsideStages)]
        }
        return ([header, alignment] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    /// The harness stops at the first failed run, so at most one.
    var failureLines: String {
        guard let failed = runs.first(where: { !$0.time.succeeded }) else { return "" }
        let how = failed.time.signal.map { "killed by signal \($0)" } ?? "exit status \(failed.time.exitStatus)"
        return "**The \(SizeLabel.of(failed.size)) \(failed.night.phrase) failed** (\(how)); nothing after it was run. "
            + "Its standard error is in logs/\(failed.size)-\(failed.night.rawValue).stderr beside last.md."
    }

    var floorLines: String {
        guard let floor else { return "" }
        let label = SizeLabel.of(floor.size)
        var lines = [
            "Floor: libxlsxwriter alone writing the \(label) run's questions.csv (\(floor.rows) rows with the header, "
                + "\(floor.columns) columns) as strings into one worksheet in constant-memory mode, workbook_close included: "
                + "**\(Self.format(floor.seconds)) s**, " + String(format: "%.1f MiB", Double(floor.bytes) / 1_048_576) + " of xlsx.",
        ]
        for run in runs where run.size == floor.size && run.time.succeeded && floor.seconds > 0 {
            let write = run.stages.byStage["write"].map { ", write stage/floor = " + String(format: "%.1f", $0 / floor.seconds) } ?? ""
            lines.append("- \(run.night.phrase): wall(\(label))/floor = " + String(format: "%.1f", run.wallSeconds / floor.seconds) + write)
        }
        return lines.joined(separator: "\n")
    }

    /// Each size against the one below it: rows × n should cost about time × n.
    var scalingLines: String {
        let sizes = Array(Set(runs.map(\.size))).sorted()
        var lines: [String] = []
        for night in Night.allCases {
            for (base, size) in zip(sizes, sizes.dropFirst()) {
                guard let ratio = Targets.wallRatio(runs, night, size, over: base) else { continue }
                lines.append("- \(night.phrase): time(\(SizeLabel.of(size)))/time(\(SizeLabel.of(base))) = "
                             + String(format: "%.2f", ratio) + " for " + String(format: "%g", Double(size) / Double(base)) + "× the rows")
            }
        }
        return lines.isEmpty ? "" : "Scaling (wall time):\n" + lines.joined(separator: "\n")
    }

    var targetTable: String {
        let rows = Targets.check(runs, startupSeconds: startupSeconds).map {
            "| \($0.target) | \($0.night?.rawValue ?? "") | \($0.measured) | \($0.mark) |"
        }
        return (["| target | night | measured | met |", "|---|---|---|:---:|"] + rows).joined(separator: "\n")
    }

    static func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
