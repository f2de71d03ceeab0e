import GRDB
import GRDBSQLite

/// One SQL statement prepared once and run for many rows, its values bound straight
/// through SQLite's C API; for the registry's bulk writes only, inside a GRDB transaction.
///
/// Why not GRDB's `Statement.execute(arguments:)`, as everywhere else: its arguments box
/// each value as an existential, turn it into a `DatabaseValue` and bind it through generic
/// code. At a million new questions that was 6.4 s of the registry's 12 s of Swift CPU
/// (perf of `RegistryBenchmarks`), more than SQLite's own insert. Values are bound exactly
/// as GRDB binds them (text up to its first NUL and copied, integers as 64-bit, nil as NULL).
final class BulkStatement {
    private let statement: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String

    init(_ sql: String, in db: Database) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the registry's connection is closed", sql: sql)
        }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.statement = statement
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Binds one row's values in order (`bind` is given a fresh `Values`), runs the
    /// statement and makes it ready for the next row.
    func run(_ bind: (inout Values) -> Void) throws {
        var values = Values(statement: statement)
        bind(&values)
        let code = values.failure == SQLITE_OK ? sqlite3_step(statement) : values.failure
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }

    /// The values of one row, bound left to right.
    struct Values {
        fileprivate let statement: OpaquePointer
        private var index: Int32 = 0
        /// The first binding SQLite refused (a text over its length limit), if any.
        fileprivate private(set) var failure = SQLITE_OK

        fileprivate init(statement: OpaquePointer) {
            self.statement = statement
        }

        mutating func add(_ text: String?) {
            index += 1
            guard let text else { return check(sqlite3_bind_null(statement, index)) }
            // SQLITE_TRANSIENT: SQLite copies the text, which lives only inside this closure.
            check(text.withCString { sqlite3_bind_text(statement, index, $0, -1, Self.transient) })
        }

        mutating func add(_ number: Int?) {
            index += 1
            guard let number else { return check(sqlite3_bind_null(statement, index)) }
            check(sqlite3_bind_int64(statement, index, Int64(number)))
        }

        mutating func add(_ number: Double) {
            index += 1
            check(sqlite3_bind_double(statement, index, number))
        }

        mutating func add(_ flag: Bool) {
            add(flag ? 1 : 0)
        }

        private mutating func check(_ code: Int32) {
            if failure == SQLITE_OK { failure = code }
        }

        private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}
