import GRDB
import XCTest
@testable import DoiThoaiKit

/// A bulk insert drops the question table's fingerprint and group indexes and makes them
/// again; a fingerprint given twice still fails, and a failed night changes nothing.
final class RegistryIndexesTests: XCTestCase {
    let questions = Fixtures.questions([Fixtures.incoming("Câu một"), Fixtures.incoming("Câu hai", row: 3),
                                        Fixtures.incoming("Câu ba", row: 4)])

    /// `question` with the fingerprint of `other`, under its own code.
    func copy(_ question: Question, fingerprintOf other: Question) -> Question {
        Question(code: question.code, sequence: question.sequence, fingerprint: other.fingerprint, unitCode: question.unitCode,
                 unitName: question.unitName, text: question.text, asker: question.asker, category: question.category,
                 suggestedTopic: question.suggestedTopic, submittedAt: question.submittedAt, source: question.source)
    }

    func indexes(_ registry: Registry) throws -> [String] {
        try registry.database.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'question' AND sql IS NOT NULL ORDER BY name")
        }
    }

    func testAFirstNightLeavesBothIndexes() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: questions, groups: [], runAt: Date()))
        XCTAssertEqual(try indexes(registry), QuestionTable.indexes.map(\.create))
        XCTAssertEqual(try registry.questions(), questions)
    }

    func testAFingerprintTwiceFailsOnAFirstNightAndChangesNothing() throws {
        let registry = try Registry()
        let twice = [questions[0], questions[1], copy(questions[2], fingerprintOf: questions[0])]
        XCTAssertThrowsError(try registry.record(RunRecord(newQuestions: twice, groups: [], runAt: Date()))) { error in
            XCTAssertTrue("\(error)".contains("question.fingerprint"), "\(error)")
        }
        XCTAssertEqual(try registry.questions(), [])
        XCTAssertEqual(try indexes(registry), QuestionTable.indexes.map(\.create))
    }

    func testAFingerprintAlreadyHeldFailsOnALaterNight() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: Array(questions.prefix(2)), groups: [], runAt: Date()))
        let again = copy(questions[2], fingerprintOf: questions[0])
        XCTAssertThrowsError(try registry.record(RunRecord(newQuestions: [again], groups: [], runAt: Date())))
        XCTAssertEqual(try registry.questions(), Array(questions.prefix(2)))
    }

    func testMigrationV5KeepsEveryRowAndMakesTheIndexesByName() throws {
        let queue = try DatabaseQueue()
        try RegistryMigrations.migrator.migrate(queue, upTo: "v4-hashed-fingerprints")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO question (code, sequence, fingerprint, unitCode, unitName, text, askerName, sourceFile, sourceRow, firstRunAt, groupCode)
                VALUES ('CB25-0001', 1, 'f1', 'u', 'Xã Đàm Thủy', 'Câu một', 'Nông Văn A', 'a.csv', 2, '2025-08-01T00:00:00Z', 'CB25-0001'),
                       ('CB25-0002', 2, 'f2', 'u', 'Xã Đàm Thủy', 'Câu hai', NULL, 'a.csv', 3, '2025-08-01T00:00:00Z', 'CB25-0001')
                """)
        }
        let before = try queue.read { try Row.fetchAll($0, sql: "SELECT * FROM question ORDER BY code") }
        try RegistryMigrations.migrator.migrate(queue)
        XCTAssertEqual(try queue.read { try Row.fetchAll($0, sql: "SELECT * FROM question ORDER BY code") }, before)
        let names = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'question' ORDER BY name") }
        XCTAssertTrue(names.contains("question_fingerprint") && names.contains("question_groupCode"), "\(names)")
        XCTAssertThrowsError(try queue.write { db in
            try db.execute(sql: "INSERT INTO question (code, sequence, fingerprint, unitCode, unitName, text, sourceFile, sourceRow, firstRunAt) VALUES ('CB25-0003', 3, 'f1', 'u', 'x', 't', 'a.csv', 4, 'now')")
        })
    }
}
