import GRDB

extension RegistryMigrations {
    /// The question table's fingerprint index made one the registry may drop: v1 declared the
    /// column UNIQUE, an index SQLite owns and never drops, so a first night inserting a
    /// million questions kept it up to date row by row, each on a random page (fingerprints
    /// are hashes). The table is copied once into the same columns without that clause, and
    /// the index is made by name (`QuestionTable.indexes`), as unique as before.
    static func registerDroppableIndexes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-droppable-question-indexes") { db in
            try db.execute(sql: """
                CREATE TABLE question_v5 (
                    "code" TEXT PRIMARY KEY NOT NULL, "sequence" INTEGER NOT NULL UNIQUE, "fingerprint" TEXT NOT NULL,
                    "unitCode" TEXT NOT NULL, "unitName" TEXT NOT NULL, "text" TEXT NOT NULL,
                    "askerName" TEXT, "askerBirthYear" INTEGER, "askerAddress" TEXT, "askerPhone" TEXT, "askerEmail" TEXT,
                    "category" TEXT, "suggestedTopic" TEXT, "submittedAt" TEXT,
                    "sourceFile" TEXT NOT NULL, "sourceRow" INTEGER NOT NULL, "firstRunAt" TEXT NOT NULL, "groupCode" TEXT);
                INSERT INTO question_v5 SELECT code, sequence, fingerprint, unitCode, unitName, text,
                    askerName, askerBirthYear, askerAddress, askerPhone, askerEmail, category, suggestedTopic, submittedAt,
                    sourceFile, sourceRow, firstRunAt, groupCode FROM question;
                DROP TABLE question;
                ALTER TABLE question_v5 RENAME TO question;
                """)
            for index in QuestionTable.indexes { try db.execute(sql: index.create) }
        }
    }
}
