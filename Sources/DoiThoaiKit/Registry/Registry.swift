import Foundation
import GRDB

/// The campaign's system of record between runs: every question with its code, in SQLite.
public final class Registry {
    let database: DatabaseQueue

    /// Opens (creating if needed) the registry at `path` and brings its schema up to date.
    public init(path: String) throws {
        database = try DatabaseQueue(path: path, configuration: Self.batchConfiguration)
        try RegistryMigrations.migrator.migrate(database)
    }

    /// A page cache big enough for a night's writes. With SQLite's default of 2 MB, inserting
    /// 100,000 questions (their fingerprint index takes random pages) kept evicting and
    /// re-reading pages: the insert took 2.2–2.3 s of CPU with it, 1.6–1.8 s with this (#9),
    /// and the index grows tenfold at a million. A limit, not an allocation: only pages read
    /// or written are kept. Durability is untouched (journal and synchronous as SQLite's default).
    static var batchConfiguration: Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -131072") // KiB: 128 MiB
        }
        return configuration
    }

    /// An empty registry in memory (for `check` on a fresh campaign, and for tests).
    public init() throws {
        database = try DatabaseQueue()
        try RegistryMigrations.migrator.migrate(database)
    }

    /// Opens an existing registry to read it (`check`, `status`), or nil when there is none
    /// yet. It is opened for writing but never written to, and not migrated: a run killed
    /// inside a transaction leaves a journal that SQLite must roll back on opening (as the
    /// next run would), which a read-only connection refuses to do.
    public static func openForReading(path: String) throws -> Registry? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return Registry(queue: try DatabaseQueue(path: path))
    }

    private init(queue: DatabaseQueue) {
        database = queue
    }

    /// Every question held, in code order.
    public func questions() throws -> [Question] {
        try database.read { db in
            var questions: [Question] = []
            let rows = try Row.fetchCursor(db, sql: QuestionTable.selectInCodeOrder)
            while let row = try rows.next() { questions.append(QuestionTable.question(from: row)) }
            return questions
        }
    }

    /// Records what a run decided in one transaction — its new questions, every group with
    /// its topic, the input files it read, the run itself — so a run killed or failing
    /// part-way leaves the registry as the previous run left it.
    public func record(_ decided: RunRecord) throws {
        let stamp = ISO8601DateFormatter().string(from: decided.runAt)
        try database.write { db in
            let groupOf = Self.groupByMember(decided.groups)
            // The questions held before this run first: the new ones are inserted with their
            // groups, so reading them back to compare (a million rows on a first night) is saved.
            try Self.saveGroups(groupOf, in: db)
            try Self.insert(decided.newQuestions, firstRunAt: stamp, groupOf: groupOf, in: db)
            try Self.saveTopics(decided.groups, decided.topics, in: db)
            try Self.saveFiles(decided.files, settingsHash: decided.settingsHash, readAt: stamp, in: db)
            if let run = decided.run {
                try db.execute(sql: "UPDATE run SET newQuestions = ? WHERE id = ?", arguments: [decided.newQuestions.count, run])
            } else {
                try db.execute(sql: "INSERT INTO run (startedAt, newQuestions, outcome, finishedAt) VALUES (?, ?, 'completed', ?)",
                               arguments: [stamp, decided.newQuestions.count, stamp])
            }
        }
    }

    /// Records questions and groups only (tests and tools that have no run around them).
    public func record(newQuestions: [Question], groups: [QuestionGroup], runAt: Date) throws {
        try record(RunRecord(newQuestions: newQuestions, groups: groups, runAt: runAt))
    }

    /// The new questions, each with its group, through one statement prepared once.
    ///
    /// When they outnumber the questions held (a first night), the fingerprint and group
    /// indexes are dropped and made again afterwards: sorting every row once is cheaper than
    /// placing each new one in them (RegistryBenchmarks at 1M: see BENCHMARKS.md). A
    /// fingerprint given twice still fails, when the unique index is made, and the
    /// transaction leaves the registry as it was.
    private static func insert(_ questions: [Question], firstRunAt: String, groupOf: [String: String],
                               in db: Database) throws {
        let rebuildIndexes = try questions.count > Int.fetchOne(db, sql: "SELECT count(*) FROM question") ?? 0
        if rebuildIndexes {
            for index in QuestionTable.indexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        }
        let statement = try BulkStatement(QuestionTable.insert, in: db)
        for (index, question) in questions.enumerated() {
            try statement.run { QuestionTable.bind(question, firstRunAt: firstRunAt, groupCode: groupOf[question.code], to: &$0) }
            if index == questions.count / 2 { CrashPoint.reach(.midRegistryWrite) }
        }
        if rebuildIndexes {
            for index in QuestionTable.indexes { try db.execute(sql: index.create) }
        }
    }

    /// An admission primed with what the registry holds.
    public func admission(codePrefix: String) throws -> Admission {
        Admission(held: try questions(), codePrefix: codePrefix)
    }
}
