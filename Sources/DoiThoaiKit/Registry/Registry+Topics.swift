import GRDB

/// A `question_group` row without its code: what a night decided for a group.
struct GroupTopicRow: Equatable {
    var representative: String
    var members: Int
    var topic: String
    var confidence: Double
    var review: Bool
}

extension Registry {
    /// Each group's topic as this run decided it, replacing the last run's: groups without a
    /// topic this run are removed. Only rows that differ from the last run's are written, since
    /// deleting and inserting every group each night cost a rerun seconds for nothing (#9).
    static func saveTopics(_ groups: [QuestionGroup], _ topics: [String: TopicAssignment], in db: Database) throws {
        guard !topics.isEmpty else { return }
        var held = try heldTopics(in: db)
        let insert = try BulkStatement("""
            INSERT INTO question_group (representative, members, topic, confidence, review, code) VALUES (?, ?, ?, ?, ?, ?)
            """, in: db)
        let update = try BulkStatement("""
            UPDATE question_group SET representative = ?, members = ?, topic = ?, confidence = ?, review = ? WHERE code = ?
            """, in: db)
        for group in groups {
            guard let topic = topics[group.code] else { continue }
            let wanted = GroupTopicRow(representative: group.representative, members: group.members.count,
                                       topic: topic.topic, confidence: topic.confidence, review: topic.review)
            // Removed as it is met, so that a group code given twice fails to insert as before.
            let last = held.removeValue(forKey: group.code)
            guard last != wanted else { continue }
            try (last == nil ? insert : update).run { values in
                values.add(wanted.representative); values.add(wanted.members); values.add(wanted.topic)
                values.add(wanted.confidence); values.add(wanted.review); values.add(group.code)
            }
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM question_group WHERE code = ?")
        for code in held.keys { try delete.execute(arguments: [code]) }
    }

    private static func heldTopics(in db: Database) throws -> [String: GroupTopicRow] {
        var held: [String: GroupTopicRow] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT code, representative, members, topic, confidence, review FROM question_group")
        while let row = try rows.next() {
            held[row[0]] = GroupTopicRow(representative: row[1], members: row[2], topic: row[3],
                                         confidence: row[4], review: row[5])
        }
        return held
    }
}
