import Foundation
import GRDB

extension Registry {
    /// Clears the askers' name, birth year, address, phone and e-mail of every question the
    /// registry first received before `day` (Vietnam time), in one transaction. Questions,
    /// codes, units, categories, groups, topics and answers stay, so every count stays the
    /// same. Returns how many questions had personal data cleared.
    public func purgePersonal(before day: Day) throws -> Int {
        let firstDays = try firstRunDays()
        let purged = try questions().filter { question in
            guard question.asker.hasPersonalData, let first = firstDays[question.code] else { return false }
            return first < day
        }
        try database.write { db in
            for question in purged {
                try db.execute(sql: """
                    UPDATE question SET askerName = NULL, askerBirthYear = NULL, askerAddress = NULL,
                    askerPhone = NULL, askerEmail = NULL WHERE code = ?
                    """, arguments: [question.code])
            }
        }
        // SQLite keeps deleted text in free pages until the file is rewritten.
        try database.vacuum()
        return purged.count
    }

    /// The day (Vietnam time) each question was first received.
    private func firstRunDays() throws -> [String: Day] {
        let formatter = ISO8601DateFormatter()
        let rows = try database.read { db in try Row.fetchAll(db, sql: "SELECT code, firstRunAt FROM question") }
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in
            formatter.date(from: row["firstRunAt"]).map { (row["code"] as String, Day(date: $0)) }
        })
    }
}

extension Asker {
    var hasPersonalData: Bool { name != nil || birthYear != nil || address != nil || phone != nil || email != nil }
}
