import GRDB

/// The registry's schema. Migrations have fixed names and are never edited once shipped;
/// they use no app types, so an old database always migrates the same way.
enum RegistryMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-questions") { db in
            try db.create(table: "question") { t in
                t.primaryKey("code", .text)
                t.column("sequence", .integer).notNull().unique()
                // "Never twice": the same row re-sent never becomes a second question.
                t.column("fingerprint", .text).notNull().unique()
                t.column("unitCode", .text).notNull()
                t.column("unitName", .text).notNull()
                t.column("text", .text).notNull()
                t.column("askerName", .text)
                t.column("askerBirthYear", .integer)
                t.column("askerAddress", .text)
                t.column("askerPhone", .text)
                t.column("askerEmail", .text)
                t.column("category", .text)
                t.column("suggestedTopic", .text)
                t.column("submittedAt", .text)
                t.column("sourceFile", .text).notNull()
                t.column("sourceRow", .integer).notNull()
                t.column("firstRunAt", .text).notNull()
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("startedAt", .text).notNull()
                t.column("newQuestions", .integer).notNull()
            }
        }
        registerGroups(in: &migrator)
        registerSystemOfRecord(in: &migrator)
        registerHashedFingerprints(in: &migrator)
        registerDroppableIndexes(in: &migrator)
        return migrator
    }
}
