import GRDB

extension RegistryMigrations {
    /// The registry as the campaign's system of record: each input file's content hash and
    /// what reading it gave (so an unchanged file is not parsed again), the rows of answer,
    /// correction, training and follow-up files, each group's topic, and each run's outcome.
    static func registerSystemOfRecord(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-system-of-record") { db in
            try db.create(table: "input_file") { t in
                t.column("kind", .text).notNull()
                t.column("name", .text).notNull()
                t.column("contentHash", .text).notNull()
                // The campaign.yml and release the file was read under: a change re-reads it.
                t.column("settingsHash", .text).notNull()
                t.column("bytes", .integer).notNull()
                // Encoding, delimiter, row counts and rejections, as JSON.
                t.column("summary", .text).notNull()
                t.column("readAt", .text).notNull()
                t.primaryKey(["kind", "name"])
            }
            // One table per kind of row file; "never twice": one row per file and line.
            for table in ["answer", "correction", "training_example", "follow_up"] {
                try db.create(table: table) { t in
                    t.column("file", .text).notNull()
                    t.column("row", .integer).notNull()
                    t.column("payload", .text).notNull()
                    t.primaryKey(["file", "row"])
                }
            }
            try db.create(table: "question_group") { t in
                t.primaryKey("code", .text)
                t.column("representative", .text).notNull()
                t.column("members", .integer).notNull()
                t.column("topic", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("review", .boolean).notNull()
            }
            try db.alter(table: "run") { t in
                // Null while the run is under way: a run killed part-way stays so.
                t.add(column: "outcome", .text)
                t.add(column: "finishedAt", .text)
                t.add(column: "today", .text)
                t.add(column: "summary", .text)
                t.add(column: "message", .text)
            }
            try db.create(index: "question_groupCode", on: "question", columns: ["groupCode"])
        }
    }

    /// Fingerprints were the unit, text and asker's name in clear; they become their SHA-256
    /// so that purging personal data leaves no name behind (`Question.hashed(clear:)`).
    static func registerHashedFingerprints(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-hashed-fingerprints") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT code, fingerprint FROM question")
            for row in rows {
                let clear: String = row["fingerprint"]
                try db.execute(sql: "UPDATE question SET fingerprint = ? WHERE code = ?",
                               arguments: [Question.hashed(clear: clear), row["code"] as String])
            }
        }
    }
}
