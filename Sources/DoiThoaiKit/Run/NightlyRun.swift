import Foundation

/// What a completed run produced.
public struct RunOutcome: Sendable {
    public var report: RunReport
    public var snapshot: CampaignSnapshot
}

/// `doithoai run`: reads the input folder, updates the registry, writes every output.
public enum NightlyRun {
    /// Takes the output folder's lock, records the run's beginning and end in the registry
    /// (so `doithoai status` can tell a failed or killed run), and completes the run.
    public static func run(_ options: RunOptions, watch: RunWatch = .silent) throws -> RunOutcome {
        let startedAt = options.fixedTime ?? Date()
        try prepare(options.output)
        let lock = try RunLock(folder: options.output)
        defer { withExtendedLifetime(lock) {} }
        let registry = try openRegistry(options.registryPath)
        let run = try registry.beginRun(startedAt: startedAt, today: options.day)
        watch.logger.info("run \(run): \(options.input.path) → \(options.output.path)")
        do {
            let outcome = try complete(options, registry: registry, run: run, startedAt: startedAt, watch: watch)
            try registry.finishRun(run, outcome: .completed, digest: RunDigest(outcome.report))
            watch.logger.info("run \(run) completed")
            return outcome
        } catch {
            try? registry.finishRun(run, outcome: .failed, message: "\(error)")
            watch.logger.error("run \(run) failed: \(error)")
            throw error
        }
    }

    private static func complete(_ options: RunOptions, registry: Registry, run: Int64, startedAt: Date,
                                 watch: RunWatch) throws -> RunOutcome {
        var clock = StageClock(logger: watch.logger)
        let campaign = try clock.time("config") { try loadCampaign(options.input) }
        let settingsHash = try Self.settingsHash(options.input)
        let memory = try registry.fileMemory(settingsHash: settingsHash)
        // The registry's questions are loaded once: for admission, then for processing.
        let earlier = try clock.time("registry") { try registry.questions() }
        let intake = try Intake(input: InputFolder(url: options.input), campaign: campaign, held: earlier,
                                memory: memory, progress: watch.progress, clock: &clock)
        watch.logger.info("read: \(intake.fileCount) files, \(intake.unchangedCount) unchanged since the last run (not parsed again)")
        CrashPoint.reach(.afterReading)
        // The registry is written once, after processing: what it held plus this run's new questions.
        // Not a copy on a first night: all the questions are new.
        let held = earlier.isEmpty ? intake.admission.newQuestions : earlier + intake.admission.newQuestions
        let (corrections, topicCorrections, correctionRejections) = intake.corrections(
            knownCodes: Set(held.map(\.code)), topics: campaign.topics)
        let existing = try clock.time("registry") { try registry.groupAssignments() }
        let grouping = GroupingInput(existing: existing, corrections: corrections)
        let classification = ClassificationInput(
            training: intake.trainingRows.map { TopicModel.Example(text: $0.text, topic: $0.topic) },
            topicCorrections: topicCorrections)
        var (snapshot, joined) = Processing.snapshot(
            campaign: campaign, questions: held, answers: intake.answers, today: options.day,
            rejections: intake.rejections + correctionRejections, answerRejections: intake.answerRejections,
            grouping: grouping, classification: classification, clock: &clock)
        snapshot.followUp = clock.time("follow-up") { FollowUp(reported: intake.followUpRows, rejections: intake.followUpRejections, snapshot: snapshot) }
        let decided = RunRecord(newQuestions: intake.admission.newQuestions, groups: snapshot.groups,
                                topics: snapshot.topicByGroup, files: intake.seenFiles(),
                                settingsHash: settingsHash, runAt: startedAt, run: run)
        var report = RunReport(campaign: campaign, startedAt: startedAt, today: options.day)
        intake.account(into: &report)
        clock.time("summary") { report.summarise(snapshot, answersJoined: joined) }
        report.correctionRejections = correctionRejections
        report.trainingExamples = classification.training.count + topicCorrections.count
        report.trainingRejections = intake.trainingRejections
        let staging = try Staging(output: options.output)
        // The registry is written while the workbooks are: it needs only what processing
        // decided, and the consolidated workbook keeps one worker busy long after the
        // others are done (100k first night, make bench: the registry's 2.3–2.8 s no longer add to the run).
        // Outputs are put in place only after both finished (staging.commit below).
        try OutputWriter(snapshot: snapshot, staging: staging, creationTime: startedAt, onProgress: watch.progress)
            .writeAll(report: &report, clock: &clock, alongside: [AlongsideStage(name: "registry") { try registry.record(decided) }])
        try staging.commit()
        return RunOutcome(report: report, snapshot: snapshot)
    }

    /// campaign.yml's bytes under this release: when either changes, every file is read again.
    static func settingsHash(_ input: URL) throws -> String {
        let file = InputFolder(url: input).campaignFile
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw RunError.input(path: file.path, reason: "không mở được tệp")
        }
        return FileMemory.settingsHash(campaignFile: [UInt8](data))
    }

    static func openRegistry(_ path: String) throws -> Registry {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try Registry(path: path)
        } catch {
            throw RunError.registry(path: path, reason: "\(error)")
        }
    }

    static func loadCampaign(_ input: URL) throws -> Campaign {
        do {
            return try CampaignLoader.load(contentsOf: InputFolder(url: input).campaignFile)
        } catch let error as ConfigError {
            throw RunError.configuration(error)
        }
    }

    static func prepare(_ output: URL) throws {
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw RunError.output(path: output.path, reason: error.localizedDescription)
        }
        guard FileManager.default.isWritableFile(atPath: output.path) else {
            throw RunError.output(path: output.path, reason: "không có quyền ghi")
        }
    }
}

extension RunReport {
    init(campaign: Campaign, startedAt: Date, today: Day) {
        self.init(province: campaign.province, year: campaign.year,
                  startedAt: ISO8601DateFormatter().string(from: startedAt), today: today.description)
    }

    /// The counts after processing: questions, groups, review queue, answers, statuses.
    mutating func summarise(_ snapshot: CampaignSnapshot, answersJoined: Int) {
        questions = snapshot.questions.count
        groups = snapshot.groups.count
        review = snapshot.questions.count(where: \.assignment.review)
        answers.joined = answersJoined
        answers.rejections = snapshot.answerRejections
        answers.notices = snapshot.answerNotices
        answers.rejected = snapshot.answerRejections.filter { $0.row != nil }.count
        // Counted in place: grouping would copy every question into per-status arrays.
        statuses = snapshot.questions.reduce(into: [:]) { counts, question in counts[question.status.rawValue, default: 0] += 1 }
        progress = Progress(snapshot)
        followUp.carried = snapshot.followUp.counts(snapshot.followUp.carried)
        followUp.current = snapshot.followUp.counts(snapshot.followUp.current)
        followUp.rejections = snapshot.followUp.rejections
    }
}
