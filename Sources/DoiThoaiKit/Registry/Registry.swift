import Foundation
import GRDB

/// The campaign's system of record between runs: every question with its code, in SQLite.
public final class Registry {
    let database: DatabaseQueue

    /// Opens (creating if needed) the registry at `path` and brings its schema up to date.
    public init(path: String) throws {
        database = try DatabaseQueue(path: path)
        try RegistryMigrations.migrator.migrate(database)
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
            try QuestionRecord.order(Column("sequence")).fetchAll(db).map(\.question)
        }
    }

    /// Records what a run decided in one transaction — its new questions, every group with
    /// its topic, the input files it read, the run itself — so a run killed or failing
    /// part-way leaves the registry as the previous run left it.
    public func record(_ decided: RunRecord) throws {
        let stamp = ISO8601DateFormatter().string(from: decided.runAt)
        try database.write { db in
            for (index, question) in decided.newQuestions.enumerated() {
                try QuestionRecord(question, firstRunAt: stamp).insert(db)
                if index == decided.newQuestions.count / 2 { CrashPoint.reach(.midRegistryWrite) }
            }
            try Self.saveGroups(decided.groups, in: db)
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

    /// The group each question was given on earlier nights.
    public func groupAssignments() throws -> [String: String] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT code, groupCode FROM question WHERE groupCode IS NOT NULL")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as String, $0["groupCode"] as String) })
        }
    }

    /// Records each question's group, for the next nights.
    private static func saveGroups(_ groups: [QuestionGroup], in db: Database) throws {
        for group in groups {
            for member in group.members {
                try db.execute(sql: "UPDATE question SET groupCode = ? WHERE code = ? AND groupCode IS NOT ?",
                               arguments: [group.code, member, group.code])
            }
        }
    }

    /// Each group's topic as this run decided it, replacing the last run's.
    private static func saveTopics(_ groups: [QuestionGroup], _ topics: [String: TopicAssignment], in db: Database) throws {
        guard !topics.isEmpty else { return }
        try db.execute(sql: "DELETE FROM question_group")
        for group in groups {
            guard let topic = topics[group.code] else { continue }
            try db.execute(
                sql: "INSERT INTO question_group (code, representative, members, topic, confidence, review) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [group.code, group.representative, group.members.count, topic.topic, topic.confidence, topic.review])
        }
    }

    /// An admission primed with what the registry holds.
    public func admission(codePrefix: String) throws -> Admission {
        Admission(held: try questions(), codePrefix: codePrefix)
    }
}
