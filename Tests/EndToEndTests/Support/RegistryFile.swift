import Foundation
import GRDB

/// The registry a run left in its output folder, opened to check it (never written).
struct RegistryFile {
    let path: String

    /// The rows of a query, each as its values joined by "|", one per line.
    func query(_ sql: String) throws -> String {
        // Not read-only: after a killed run SQLite must roll back the journal it left, as the next run does.
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try sql.split(separator: ";").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.flatMap { statement in
                try Row.fetchAll(db, sql: String(statement)).map { row in
                    row.databaseValues.map { $0.isNull ? "" : String(describing: $0.storage.value!) }.joined(separator: "|")
                }
            }.map { $0 + "\n" }.joined()
        }
    }
}
