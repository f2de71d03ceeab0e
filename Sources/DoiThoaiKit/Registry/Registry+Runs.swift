import Foundation
import GRDB

/// How a run ended, as the registry's `run` table keeps it.
public enum RunOutcomeKind: String, Codable, Sendable {
    case completed, failed
    /// Begun and never finished: killed, or the machine stopped.
    case interrupted
}

/// One run as `doithoai status` shows it.
public struct RunEntry: Sendable {
    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
    public var outcome: RunOutcomeKind
    public var today: String?
    public var newQuestions: Int
    public var digest: RunDigest?
    /// Why a failed run could not complete.
    public var message: String?
}

extension Registry {
    /// Records that a run has begun, in a transaction of its own: if the run never finishes,
    /// `status` shows it as interrupted.
    public func beginRun(startedAt: Date, today: Day) throws -> Int64 {
        try database.write { db in
            try db.execute(sql: "INSERT INTO run (startedAt, newQuestions, today) VALUES (?, 0, ?)",
                           arguments: [ISO8601DateFormatter().string(from: startedAt), today.description])
            return db.lastInsertedRowID
        }
    }

    /// Records how the run ended: its digest when it completed, the reason when it failed.
    public func finishRun(_ id: Int64, outcome: RunOutcomeKind, digest: RunDigest? = nil, message: String? = nil,
                          at finishedAt: Date = Date()) throws {
        let summary = try digest.map { String(decoding: try JSONOutput.data($0), as: UTF8.self) }
        try database.write { db in
            try db.execute(sql: "UPDATE run SET outcome = ?, finishedAt = ?, summary = ?, message = ? WHERE id = ?",
                           arguments: [outcome.rawValue, ISO8601DateFormatter().string(from: finishedAt), summary, message, id])
        }
    }

    /// The most recent runs, newest first.
    public func runs(limit: Int = 20) throws -> [RunEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                let summary: String? = row["summary"]
                return RunEntry(
                    id: row["id"], startedAt: row["startedAt"], finishedAt: row["finishedAt"],
                    outcome: (row["outcome"] as String?).flatMap(RunOutcomeKind.init(rawValue:)) ?? .interrupted,
                    today: row["today"], newQuestions: row["newQuestions"],
                    digest: try summary.map { try JSONDecoder().decode(RunDigest.self, from: Data($0.utf8)) },
                    message: row["message"])
            }
        }
    }
}
