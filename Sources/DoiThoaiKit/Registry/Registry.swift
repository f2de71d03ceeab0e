import Foundation
import GRDB

/// The campaign's system of record between runs: every question with its code, in SQLite.
public final class Registry {
    private let database: DatabaseQueue

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

    /// Opens an existing registry read-only, or nil when there is none yet.
    public static func openReadOnly(path: String) throws -> Registry? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        return try Registry(queue: DatabaseQueue(path: path, configuration: configuration))
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

    /// Records what a run decided in one transaction — its new questions, every question's
    /// group, the run itself — so a run killed or failing part-way leaves the registry as
    /// the previous run left it.
    public func record(newQuestions: [Question], groups: [QuestionGroup], runAt: Date) throws {
        let stamp = ISO8601DateFormatter().string(from: runAt)
        try database.write { db in
            for question in newQuestions {
                try QuestionRecord(question, firstRunAt: stamp).insert(db)
            }
            try Self.saveGroups(groups, in: db)
            try db.execute(sql: "INSERT INTO run (startedAt, newQuestions) VALUES (?, ?)",
                           arguments: [stamp, newQuestions.count])
        }
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

    /// An admission primed with what the registry holds.
    public func admission(codePrefix: String) throws -> Admission {
        let held = try questions()
        let known = Dictionary(held.map { ($0.fingerprint, $0.code) }, uniquingKeysWith: { first, _ in first })
        return Admission(known: known, nextSequence: (held.last?.sequence ?? 0) + 1, codePrefix: codePrefix)
    }
}
