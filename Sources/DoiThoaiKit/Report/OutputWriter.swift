import Foundation

/// Writes every output of a run into the staging folder (DESIGN.md §5, §9).
struct OutputWriter {
    let snapshot: CampaignSnapshot
    let staging: Staging
    let creationTime: Date
    /// Workbooks written so far, of all: for a progress bar.
    var onProgress: (String, Int, Int) -> Void = { _, _, _ in }

    /// Writes the data files and workbooks, then the run report last, so the report's
    /// timings cover everything else. `alongside` stages run on the same workers while
    /// the files are written, and are timed as stages of their own (overlapping "write").
    func writeAll(report: inout RunReport, clock: inout StageClock, alongside: [AlongsideStage] = []) throws {
        var written: [String] = []
        let timings = AlongsideTimings()
        try clock.time("write") {
            written = try writeFiles(statistics: Statistics(snapshot), progress: report.progress ?? Progress(snapshot),
                                     alongside: alongside.map { stage in { try timings.time(stage) } })
        }
        for (stage, seconds) in timings.measured { clock.record(stage, seconds: seconds) }
        report.outputs = written.sorted() + ["run-report.json"]
        report.seconds = clock.seconds
        _ = try writeData(JSONOutput.data(report), "run-report.json")
    }

    private func writePieces(_ name: String, _ body: ((String) throws -> Void) throws -> Void) throws -> String {
        try staged(name) { try staging.write(to: name, body) }
    }

    private func writeData(_ data: Data, _ name: String) throws -> String {
        try staged(name) { try staging.write(data, to: name) }
    }

    /// Runs `write`, naming the file in the error a user sees when it fails.
    private func staged(_ name: String, _ write: () throws -> Void) throws -> String {
        do {
            try write()
        } catch {
            throw RunError.output(path: name, reason: error.localizedDescription)
        }
        return name
    }

    /// The data files (CSV, JSON) and every workbook, written side by side (`ParallelJobs`):
    /// the consolidated workbook first, as it is by far the largest, so that the other
    /// workers write everything else meanwhile. Big workbooks are streamed in
    /// constant-memory mode: each sheet goes to disk row by row instead of holding every
    /// cell and a shared-string table until the file is closed. The groups in reading
    /// order, each department's groups and each unit's questions are worked out once here,
    /// not again in each of the dozens of department and unit workbooks.
    private func writeFiles(statistics: Statistics, progress: Progress, alongside: [ParallelJobs.Job]) throws -> [String] {
        let views = GroupView.all(in: snapshot)
        let questionsByUnit = Dictionary(grouping: snapshot.questions.indices, by: { snapshot.questions[$0].question.unitCode })
        let names = OutputNames(campaign: snapshot.campaign)
        let units = snapshot.campaign.units.filter { questionsByUnit[$0.code] != nil }
        var workbooks: [WorkbookJob] = [
            WorkbookJob(names.consolidated) { try ConsolidatedWorkbook(snapshot: snapshot, views: views, progress: progress).write(to: $0) },
            // Charts: libxlsxwriter caches charted values only when the sheet is not streamed.
            WorkbookJob(names.statistics, streamed: false) {
                try StatisticsWorkbook(statistics: statistics, campaign: snapshot.campaign, today: snapshot.today).write(to: $0)
            },
        ]
        let assignments = DepartmentWorkbook.assignments(views)
        for department in snapshot.campaign.departments {
            workbooks.append(WorkbookJob(names.department(department)) {
                try DepartmentWorkbook(snapshot: snapshot, department: department, assigned: assignments[department.code] ?? []).write(to: $0)
            })
        }
        for unit in units {
            workbooks.append(WorkbookJob(names.unit(unit)) {
                try UnitWorkbook(snapshot: snapshot, unit: unit, positions: questionsByUnit[unit.code]!).write(to: $0)
            })
        }
        let paths = try workbooks.map { try staging.path($0.name).path }  // folders made before the workers start
        let finished = FinishedFiles(workbooks: workbooks.count, onProgress: onProgress)
        var jobs: [ParallelJobs.Job] = workbooks.indices.map { index in
            {
                let job = workbooks[index]
                let options = WorkbookStyle.options(creationTime, title: job.name, streamed: job.streamed,
                                                    temporaryDirectory: staging.url.path)
                let workbook = try XLSXWorkbook(path: paths[index], options: options)
                try job.body(workbook)
                try workbook.close()
                finished.addWorkbook(job.name)
            }
        }
        // Next in line: the next free worker takes them while the first writes the consolidated workbook.
        jobs.insert(contentsOf: alongside + [{ finished.add(try writeDataFiles(statistics)) }], at: 1)
        try ParallelJobs.perCore().run(jobs)
        return finished.names
    }

    private func writeDataFiles(_ statistics: Statistics) throws -> [String] {
        [
            try writePieces("questions.csv") { try QuestionsCSV.render(snapshot, $0) },
            try writeData(CommitmentsCSV.render(snapshot.followUp).data(using: .utf8)!, CommitmentsCSV.name),
            try writeData(JSONOutput.data(statistics), "statistics.json"),
        ]
    }
}

/// The seconds of the stages run alongside the writing, from any worker.
private final class AlongsideTimings: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var measured: [(String, Double)] = []

    func time(_ stage: AlongsideStage) throws {
        var clock = StageClock()  // its own: the run's clock is not shared between threads
        defer { lock.withLock { measured += clock.seconds.map { ($0.key, $0.value) } } }
        try clock.time(stage.name, stage.work)
    }
}

/// One workbook to write: its file, whether it is streamed, what goes in it.
private struct WorkbookJob {
    let name: String
    let streamed: Bool
    let body: (XLSXWorkbook) throws -> Void

    init(_ name: String, streamed: Bool = true, body: @escaping (XLSXWorkbook) throws -> Void) {
        self.name = name
        self.streamed = streamed
        self.body = body
    }
}

/// The files written so far, from any worker: for the progress bar (workbooks) and the
/// crash test (half the workbooks staged).
private final class FinishedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private let workbooks: Int
    private var workbooksDone = 0
    private let onProgress: (String, Int, Int) -> Void
    private(set) var names: [String] = []

    init(workbooks: Int, onProgress: @escaping (String, Int, Int) -> Void) {
        self.workbooks = workbooks
        self.onProgress = onProgress
    }

    func addWorkbook(_ name: String) {
        lock.withLock {
            names.append(name)
            workbooksDone += 1
            onProgress("write", workbooksDone, workbooks)
            if workbooksDone == workbooks / 2 { CrashPoint.reach(.midWorkbookWrite) }
        }
    }

    func add(_ files: [String]) {
        lock.withLock { names += files }
    }
}

/// The ASCII file names of the workbooks (DESIGN.md §9).
public struct OutputNames: Sendable {
    let campaign: Campaign

    public init(campaign: Campaign) {
        self.campaign = campaign
    }

    var stem: String { "\(VietnameseText.slug(campaign.province))-\(campaign.year)" }
    public var consolidated: String { "tong-hop-\(stem).xlsx" }
    public var statistics: String { "thong-ke-\(stem).xlsx" }
    public func department(_ department: Department) -> String {
        "departments/\(VietnameseText.slug(department.code))-\(VietnameseText.slug(department.name)).xlsx"
    }
    public func unit(_ unit: CampaignUnit) -> String { "units/\(VietnameseText.slug(unit.name)).xlsx" }
}
