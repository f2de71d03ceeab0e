import GRDB

extension Registry {
    /// The group each question was given on earlier nights.
    public func groupAssignments() throws -> [String: String] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT code, groupCode FROM question WHERE groupCode IS NOT NULL")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as String, $0["groupCode"] as String) })
        }
    }

    /// Each member's group code; a code listed in two groups takes the last, as writing the
    /// groups one after the other would leave it.
    static func groupByMember(_ groups: [QuestionGroup]) -> [String: String] {
        var groupOf: [String: String] = [:]
        groupOf.reserveCapacity(groups.reduce(0) { $0 + $1.members.count })
        for group in groups {
            for member in group.members { groupOf[member] = group.code }
        }
        return groupOf
    }

    /// Records each question's group, for the next nights. Only the questions whose group
    /// changed are written: on most nights that is a few new members of old groups, and
    /// rewriting every question was most of a rerun's registry time (issue #9). A code the
    /// registry does not hold is left alone, as an UPDATE of it would.
    static func saveGroups(_ groupOf: [String: String], in db: Database) throws {
        let update = try BulkStatement("UPDATE question SET groupCode = ? WHERE code = ?", in: db)
        let held = try Row.fetchCursor(db, sql: "SELECT code, groupCode FROM question")
        var changed: [(code: String, group: String)] = []
        while let row = try held.next() {
            let code: String = row[0]
            guard let group = groupOf[code], group != row[1] as String? else { continue }
            changed.append((code, group))
        }
        for (code, group) in changed {
            try update.run { $0.add(group); $0.add(code) }
        }
    }
}
