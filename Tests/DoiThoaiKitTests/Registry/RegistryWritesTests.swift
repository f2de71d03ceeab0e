import GRDB
import XCTest
@testable import DoiThoaiKit

/// The registry writes only what changed since the last night (issue #9), and what it holds
/// afterwards is the same as when it rewrote every row.
final class RegistryWritesTests: XCTestCase {
    let questions = Fixtures.questions([Fixtures.incoming("Câu một"), Fixtures.incoming("Câu hai", row: 3),
                                        Fixtures.incoming("Câu ba", row: 4)])
    let firstNight = [QuestionGroup(code: "CB25-0001", members: ["CB25-0001", "CB25-0002"]),
                      QuestionGroup(code: "CB25-0003", members: ["CB25-0003"])]
    let topics = ["CB25-0001": TopicAssignment(topic: "viec-lam", confidence: 0.8, review: false),
                  "CB25-0003": TopicAssignment(topic: "khoi-nghiep", confidence: 0.3, review: true)]

    func testARerunWritesNoQuestionAndNoGroupRow() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: questions, groups: firstNight, topics: topics, runAt: Date()))
        try countWrites(in: registry)
        try registry.record(RunRecord(newQuestions: [], groups: firstNight, topics: topics, runAt: Date()))
        XCTAssertEqual(try writes(in: registry), [])
    }

    func testNewQuestionsAreStoredWithTheirGroups() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: questions, groups: firstNight, topics: topics, runAt: Date()))
        XCTAssertEqual(try registry.groupAssignments(),
                       ["CB25-0001": "CB25-0001", "CB25-0002": "CB25-0001", "CB25-0003": "CB25-0003"])
        XCTAssertEqual(try registry.questions(), questions)
    }

    func testAChangedGroupOrTopicIsSavedAndAGroupGoneIsRemoved() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: questions, groups: firstNight, topics: topics, runAt: Date()))
        try countWrites(in: registry)
        // The third question joins the first group; its own group is no more; the topic is corrected.
        let joined = [QuestionGroup(code: "CB25-0001", members: ["CB25-0001", "CB25-0002", "CB25-0003"])]
        let corrected = ["CB25-0001": TopicAssignment.corrected("khoi-nghiep")]
        try registry.record(RunRecord(newQuestions: [], groups: joined, topics: corrected, runAt: Date()))
        XCTAssertEqual(try writes(in: registry), ["delete group CB25-0003", "update group CB25-0001", "update question CB25-0003"])
        XCTAssertEqual(try registry.groupAssignments(),
                       ["CB25-0001": "CB25-0001", "CB25-0002": "CB25-0001", "CB25-0003": "CB25-0001"])
        XCTAssertEqual(try groupRows(in: registry), ["CB25-0001|CB25-0001|3|khoi-nghiep|1.0|0"])
    }

    func testAGroupWithoutATopicThisRunIsRemovedAndANewOneAdded() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: questions, groups: firstNight, topics: topics, runAt: Date()))
        let split = firstNight + [QuestionGroup(code: "CB25-0002", members: ["CB25-0002"])]
        try registry.record(RunRecord(newQuestions: [], groups: split,
                                      topics: ["CB25-0002": TopicAssignment(topic: "che", confidence: 0.5, review: false)],
                                      runAt: Date()))
        XCTAssertEqual(try groupRows(in: registry), ["CB25-0002|CB25-0002|1|che|0.5|0"])
        XCTAssertEqual(try registry.groupAssignments()["CB25-0002"], "CB25-0002")
    }

    func testAGroupCodeGivenTwiceFailsAsBefore() throws {
        let registry = try Registry()
        let twice = firstNight + [QuestionGroup(code: "CB25-0003", members: ["CB25-0003"])]
        XCTAssertThrowsError(try registry.record(RunRecord(newQuestions: questions, groups: twice, topics: topics, runAt: Date())))
        XCTAssertEqual(try registry.questions(), [])
    }

    /// Temporary triggers that log every write to the question and question_group tables.
    func countWrites(in registry: Registry) throws {
        try registry.database.write { db in
            try db.execute(sql: "CREATE TEMP TABLE writes (what TEXT)")
            for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                let verb = event.lowercased()
                try db.execute(sql: """
                    CREATE TEMP TRIGGER question_\(verb) AFTER \(event) ON question
                    BEGIN INSERT INTO writes VALUES ('\(verb) question ' || \(row).code); END;
                    CREATE TEMP TRIGGER group_\(verb) AFTER \(event) ON question_group
                    BEGIN INSERT INTO writes VALUES ('\(verb) group ' || \(row).code); END;
                    """)
            }
        }
    }

    func writes(in registry: Registry) throws -> [String] {
        try registry.database.read { try String.fetchAll($0, sql: "SELECT what FROM writes ORDER BY what") }
    }

    func groupRows(in registry: Registry) throws -> [String] {
        try registry.database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM question_group ORDER BY code").map { row in
                row.databaseValues.map { "\($0.storage.value!)" }.joined(separator: "|")
            }
        }
    }
}
