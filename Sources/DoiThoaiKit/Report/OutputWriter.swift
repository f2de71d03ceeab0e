import Foundation

/// Writes every output of a run into the staging folder (DESIGN.md §5, §9).
struct OutputWriter {
    let snapshot: CampaignSnapshot
    let staging: Staging
    let creationTime: Date
    /// Workbooks written so far, of all: for a progress bar.
    var onProgress: (String, Int, Int) -> Void = { _, _, _ in }

    /// Writes the data files and workbooks, then the run report last, so the report's
    /// timings cover everything else.
    func writeAll(report: inout RunReport, clock: inout StageClock) throws {
        var written: [String] = []
        try clock.time("write") {
            written.append(try writeData(QuestionsCSV.render(snapshot).data(using: .utf8)!, "questions.csv"))
            written.append(try writeData(CommitmentsCSV.render(snapshot.followUp).data(using: .utf8)!, CommitmentsCSV.name))
            let statistics = Statistics(snapshot)
            written.append(try writeData(JSONOutput.data(statistics), "statistics.json"))
            written += try writeWorkbooks(statistics: statistics, progress: report.progress ?? Progress(snapshot))
        }
        report.outputs = written.sorted() + ["run-report.json"]
        report.seconds = clock.seconds
        _ = try writeData(JSONOutput.data(report), "run-report.json")
    }

    private func writeData(_ data: Data, _ name: String) throws -> String {
        do {
            try staging.write(data, to: name)
        } catch {
            throw RunError.output(path: name, reason: error.localizedDescription)
        }
        return name
    }

    /// The groups in reading order and each unit's questions are worked out once here, not
    /// again in each of the dozens of department and unit workbooks. Workbooks are written
    /// side by side (`ParallelJobs`), the consolidated one first as it is the largest, and
    /// in constant-memory mode: each sheet streams its rows to disk instead of holding
    /// every cell and a shared-string table until the file is closed.
    private func writeWorkbooks(statistics: Statistics, progress: Progress) throws -> [String] {
        let views = GroupView.all(in: snapshot)
        let questionsByUnit = Dictionary(grouping: snapshot.questions, by: \.question.unitCode)
        let names = OutputNames(campaign: snapshot.campaign)
        let units = snapshot.campaign.units.filter { questionsByUnit[$0.code] != nil }
        // (file, streamed, body); the statistics workbook has charts, so it is not streamed.
        var jobs: [(String, Bool, (XLSXWorkbook) throws -> Void)] = [
            (names.consolidated, true, { try ConsolidatedWorkbook(snapshot: snapshot, views: views, progress: progress).write(to: $0) }),
            (names.statistics, false, { try StatisticsWorkbook(statistics: statistics, campaign: snapshot.campaign, today: snapshot.today).write(to: $0) }),
        ]
        for department in snapshot.campaign.departments {
            jobs.append((names.department(department), true, { try DepartmentWorkbook(snapshot: snapshot, views: views, department: department).write(to: $0) }))
        }
        for unit in units {
            jobs.append((names.unit(unit), true, { try UnitWorkbook(snapshot: snapshot, unit: unit, questions: questionsByUnit[unit.code]!).write(to: $0) }))
        }
        let paths = try jobs.map { try staging.path($0.0).path }  // folders made before the workers start
        let finished = FinishedWorkbooks(total: jobs.count, onProgress: onProgress)
        try ParallelJobs.perCore().run(jobs.indices.map { index in
            {
                let (relative, streamed, body) = jobs[index]
                let options = WorkbookStyle.options(creationTime, title: relative, streamed: streamed,
                                                    temporaryDirectory: staging.url.path)
                let workbook = try XLSXWorkbook(path: paths[index], options: options)
                try body(workbook)
                try workbook.close()
                finished.add(relative)
            }
        })
        return finished.names
    }
}

/// The workbooks written so far, from any worker: for the progress bar and the crash test.
private final class FinishedWorkbooks: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let onProgress: (String, Int, Int) -> Void
    private(set) var names: [String] = []

    init(total: Int, onProgress: @escaping (String, Int, Int) -> Void) {
        self.total = total
        self.onProgress = onProgress
    }

    func add(_ name: String) {
        lock.withLock {
            names.append(name)
            onProgress("write", names.count, total)
            if names.count == total / 2 { CrashPoint.reach(.midWorkbookWrite) }
        }
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
