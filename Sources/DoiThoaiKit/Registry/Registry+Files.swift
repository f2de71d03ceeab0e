import Foundation
import GRDB

extension Registry {
    /// What the registry remembers of the input files, for a run under `settingsHash`.
    public func fileMemory(settingsHash: String) throws -> FileMemory {
        let decoder = JSONDecoder()
        let files = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, name, contentHash, settingsHash, summary FROM input_file")
        }
        var remembered: [InputKind: [String: RememberedFile]] = [:]
        for row in files {
            guard let kind = InputKind(rawValue: row["kind"]) else { continue }
            let summary = try decoder.decode(FileSummary.self, from: Data((row["summary"] as String).utf8))
            remembered[kind, default: [:]][row["name"]] = RememberedFile(
                contentHash: row["contentHash"], settingsHash: row["settingsHash"], summary: summary)
        }
        let database = self.database
        return FileMemory(files: remembered, settingsHash: settingsHash) { kind, file in
            guard let table = kind.rowTable else { return [] }
            return try database.read { db in
                try String.fetchAll(db, sql: "SELECT payload FROM \(table) WHERE file = ? ORDER BY row", arguments: [file])
            }
        }
    }

    /// Remembers the files this run found: a file read again replaces its summary and rows;
    /// a file no longer in the input folder is forgotten with its rows (its questions stay).
    static func saveFiles(_ files: [SeenFile], settingsHash: String, readAt: String, in db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for kind in InputKind.allCases {
            let present = files.filter { $0.kind == kind }
            let names = Set(present.map(\.name))
            let held = try String.fetchAll(db, sql: "SELECT name FROM input_file WHERE kind = ?", arguments: [kind.rawValue])
            for gone in held where !names.contains(gone) {
                try forget(kind, gone, in: db)
            }
            for file in present where file.changed {
                try forget(kind, file.name, in: db)
                try db.execute(
                    sql: "INSERT INTO input_file (kind, name, contentHash, settingsHash, bytes, summary, readAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [kind.rawValue, file.name, file.contentHash, settingsHash, file.bytes,
                                String(decoding: try encoder.encode(file.summary), as: UTF8.self), readAt])
                guard let table = kind.rowTable else { continue }
                // Prepared once per file: an answer file can hold tens of thousands of rows.
                let insert = try BulkStatement("INSERT INTO \(table) (file, row, payload) VALUES (?, ?, ?)", in: db)
                try file.rows?.forEachEncoded { row, payload in
                    try insert.run { $0.add(file.name); $0.add(row); $0.add(payload) }
                }
            }
        }
    }

    private static func forget(_ kind: InputKind, _ name: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM input_file WHERE kind = ? AND name = ?", arguments: [kind.rawValue, name])
        if let table = kind.rowTable {
            try db.execute(sql: "DELETE FROM \(table) WHERE file = ?", arguments: [name])
        }
    }
}
