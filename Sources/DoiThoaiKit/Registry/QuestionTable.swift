import GRDB

/// The `question` table's columns, read and written by position with prepared statements.
/// Kept apart from `Question` so that the stages never see GRDB.
///
/// Not a Codable record: encoding and decoding each row through Codable took most of the
/// registry's time on a 100,000-question night (issue #9); a statement prepared once and a
/// row read by column index do the same work without it.
enum QuestionTable {
    /// In this order in both statements, so that `question(from:)` can read by index.
    static let columns = [
        "code", "sequence", "fingerprint", "unitCode", "unitName", "text",
        "askerName", "askerBirthYear", "askerAddress", "askerPhone", "askerEmail",
        "category", "suggestedTopic", "submittedAt", "sourceFile", "sourceRow",
    ]

    static let selectInCodeOrder = "SELECT \(columns.joined(separator: ", ")) FROM question ORDER BY sequence"

    /// The table's indexes besides its keys, which a bulk insert drops and makes again
    /// (`Registry.insert`): the fingerprints' uniqueness, and the groups' look-up.
    static let indexes = [
        (name: "question_fingerprint", create: "CREATE UNIQUE INDEX question_fingerprint ON question(fingerprint)"),
        (name: "question_groupCode", create: "CREATE INDEX question_groupCode ON question(groupCode)"),
    ]

    /// With the run's time and the question's group, given at once so that a new question
    /// needs no UPDATE afterwards.
    static let insert = """
        INSERT INTO question (\((columns + ["firstRunAt", "groupCode"]).joined(separator: ", ")))
        VALUES (\(Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")))
        """

    /// Binds a new question's values for `insert`, in its column order.
    static func bind(_ q: Question, firstRunAt: String, groupCode: String?, to values: inout BulkStatement.Values) {
        values.add(q.code); values.add(q.sequence); values.add(q.fingerprint); values.add(q.unitCode)
        values.add(q.unitName); values.add(q.text)
        values.add(q.asker.name); values.add(q.asker.birthYear); values.add(q.asker.address)
        values.add(q.asker.phone); values.add(q.asker.email)
        values.add(q.category.rawValue); values.add(q.suggestedTopic); values.add(q.submittedAt)
        values.add(q.source.file); values.add(q.source.row)
        values.add(firstRunAt); values.add(groupCode)
    }

    /// A row of `selectInCodeOrder` as a question.
    static func question(from row: Row) -> Question {
        let category: String? = row[11]
        return Question(
            code: row[0], sequence: row[1], fingerprint: row[2], unitCode: row[3], unitName: row[4], text: row[5],
            asker: Asker(name: row[6], birthYear: row[7], address: row[8], phone: row[9], email: row[10]),
            category: AskerCategory(rawValue: category ?? "") ?? .unknown,
            suggestedTopic: row[12], submittedAt: row[13],
            source: SourcePlace(file: row[14], row: row[15]))
    }
}
