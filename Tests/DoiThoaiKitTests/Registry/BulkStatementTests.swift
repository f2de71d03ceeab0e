import GRDB
import XCTest
@testable import DoiThoaiKit

/// The registry's bulk writes bind values as GRDB would and fail as GRDB would.
final class BulkStatementTests: XCTestCase {
    func testValuesAreStoredAsGRDBStoresThem() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b INTEGER, c REAL, d BOOLEAN, e TEXT, f INTEGER)")
            let bulk = try BulkStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", in: db)
            try bulk.run { $0.add("Đề nghị hỗ trợ vay vốn"); $0.add(42); $0.add(0.25); $0.add(true); $0.add(String?.none); $0.add(Int?.none) }
            try bulk.run { $0.add(""); $0.add(-7); $0.add(1.0); $0.add(false); $0.add("x"); $0.add(2_000_000_000_000) }
            try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: ["Đề nghị hỗ trợ vay vốn", 42, 0.25, true, nil, nil])
            try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", arguments: ["", -7, 1.0, false, "x", 2_000_000_000_000])
        }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d), e, typeof(e), f, typeof(f) FROM t ORDER BY rowid")
        }
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[0], rows[2])
        XCTAssertEqual(rows[1], rows[3])
        XCTAssertEqual(rows[0]["a"] as String, "Đề nghị hỗ trợ vay vốn")
        XCTAssertEqual(rows[0][9] as String, "null")
    }

    func testAFailedRowThrowsTheConstraintAndTheNextRowStillRuns() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (code TEXT PRIMARY KEY NOT NULL)")
            let bulk = try BulkStatement("INSERT INTO t VALUES (?)", in: db)
            try bulk.run { $0.add("CB25-0001") }
            XCTAssertThrowsError(try bulk.run { $0.add("CB25-0001") }) { error in
                let failure = error as? DatabaseError
                XCTAssertEqual(failure?.resultCode, .SQLITE_CONSTRAINT)
                XCTAssertTrue(failure?.message?.contains("UNIQUE") == true, "\(error)")
                XCTAssertEqual(failure?.sql, "INSERT INTO t VALUES (?)")
            }
            try bulk.run { $0.add("CB25-0002") }
        }
        XCTAssertEqual(try queue.read { try String.fetchAll($0, sql: "SELECT code FROM t ORDER BY code") }, ["CB25-0001", "CB25-0002"])
    }

    func testBadSQLIsRefusedWithSQLitesMessage() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            XCTAssertThrowsError(try BulkStatement("INSERT INTO nowhere VALUES (?)", in: db)) { error in
                XCTAssertTrue((error as? DatabaseError)?.message?.contains("no such table") == true, "\(error)")
            }
        }
    }
}
