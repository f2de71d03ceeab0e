import Foundation

/// Runs the benchmark of issue #9: each size's first night and rerun under `/usr/bin/time -v`,
/// then the libxlsxwriter floor on the largest size's questions.csv.
public struct BenchRunner {
    public let settings: BenchSettings
    /// Progress for the operator (standard error): a 1M run takes minutes.
    public var log: (String) -> Void

    public init(settings: BenchSettings, log: @escaping (String) -> Void) {
        self.settings = settings
        self.log = log
    }

    /// Measures everything; stops at the first failed run, whose measurement is the last in
    /// the report (its logs are named in the progress lines).
    public func run() throws -> ScalingReport {
        try checkPrograms()
        try FileManager.default.createDirectory(atPath: settings.work + "/logs", withIntermediateDirectories: true)
        let date = Self.now()
        let machine = MachineProbe.describe()
        let startup = try startupSeconds()
        let cache = CampaignCache(folder: settings.campaigns, generator: settings.generator, source: settings.campaignSource)
        var runs: [RunMeasurement] = []
        sizes: for size in settings.sizes {
            let input = try cache.ensure(size: size, log: log)
            try? FileManager.default.removeItem(atPath: settings.output(size: size))
            for night in settings.rerun ? Night.allCases : [.first] {
                let run = try measure(size: size, night: night, input: input)
                runs.append(run)
                guard run.time.succeeded else { break sizes }
            }
        }
        let floor = try runs.last.flatMap { $0.time.succeeded ? try measureFloor(size: $0.size) : nil }
        return ScalingReport(machine: machine, date: date, startupSeconds: startup, runs: runs, floor: floor)
    }

    func checkPrograms() throws {
        let fm = FileManager.default
        if !fm.isExecutableFile(atPath: settings.timeProgram) {
            throw BenchError.missingProgram(path: settings.timeProgram, hint: "install the Debian package time (make bench does)")
        }
        for program in [settings.doithoai, settings.generator, settings.floorProgram] where !fm.isExecutableFile(atPath: program) {
            throw BenchError.missingProgram(path: program, hint: "build it with swift build -c release (make bench does)")
        }
    }

    /// One `doithoai run` under GNU time; its report's stages when it wrote one.
    func measure(size: Int, night: Night, input: String) throws -> RunMeasurement {
        log("\(SizeLabel.of(size)) \(night.phrase): doithoai run --input \(input) --output \(settings.output(size: size))")
        let timeFile = settings.log(size: size, night: night, "time")
        let arguments = ["-v", "-o", timeFile, settings.doithoai, "run", "--input", input,
                         "--output", settings.output(size: size), "--today", settings.today]
        let status = try Subprocess.run(settings.timeProgram, arguments, stdout: settings.log(size: size, night: night, "stdout"),
                                        stderr: settings.log(size: size, night: night, "stderr"))
        guard let time = GNUTimeReport(parsing: (try? String(contentsOfFile: timeFile, encoding: .utf8)) ?? "") else {
            throw BenchError.malformed(what: timeFile, detail: "not a report of /usr/bin/time -v (time exited with \(status))")
        }
        guard time.succeeded else {
            let stderr = settings.log(size: size, night: night, "stderr")
            log("  FAILED (exit \(time.exitStatus)\(time.signal.map { ", signal \($0)" } ?? "")); the end of \(stderr):")
            Self.lastLines(of: stderr, 20).forEach { log("  | " + $0) }
            return RunMeasurement(size: size, night: night, time: time, stages: StageSeconds([:]))
        }
        let report = try Data(contentsOf: URL(fileURLWithPath: settings.output(size: size) + "/run-report.json"))
        let run = RunMeasurement(size: size, night: night, time: time, stages: try StageSeconds(runReport: report))
        log(String(format: "  %.2f s, %.0f MiB", time.wallSeconds, time.peakMiB))
        return run
    }

    /// `doithoai --version` under GNU time, the fastest of three: the process's start-up alone.
    func startupSeconds() throws -> Double {
        let timeFile = settings.log("startup", "time")
        let walls = try (1...3).map { _ -> Double in
            _ = try Subprocess.run(settings.timeProgram, ["-v", "-o", timeFile, settings.doithoai, "--version"],
                                   stdout: settings.log("startup", "stdout"), stderr: settings.log("startup", "stderr"))
            let text = (try? String(contentsOfFile: timeFile, encoding: .utf8)) ?? ""
            guard let time = GNUTimeReport(parsing: text), time.succeeded else {
                throw BenchError.malformed(what: timeFile, detail: "doithoai --version failed under /usr/bin/time -v:\n\(text)")
            }
            return time.wallSeconds
        }
        return walls.min() ?? 0
    }

    func measureFloor(size: Int) throws -> FloorMeasurement {
        let csv = settings.output(size: size) + "/questions.csv"
        log("floor: xlsx-floor \(csv)")
        let arguments = [csv, "--output", "\(settings.work)/xlsx-floor-\(size).xlsx"]
        let (status, text) = try Subprocess.output(settings.floorProgram, arguments)
        guard status == 0 else { throw BenchError.commandFailed(command: settings.floorProgram, status: status, output: text) }
        let floor = try FloorMeasurement(size: size, parsing: text)
        log(String(format: "  %.2f s", floor.seconds))
        return floor
    }

    static func lastLines(of path: String, _ count: Int) -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).suffix(count).map(String.init)
    }

    static func now() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm ZZZZZ"
        return formatter.string(from: Date())
    }
}
