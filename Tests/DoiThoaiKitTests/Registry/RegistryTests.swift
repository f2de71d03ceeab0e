import XCTest
@testable import DoiThoaiKit

final class RegistryTests: XCTestCase {
    func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.appendingPathComponent("registry.sqlite").path
    }

    func testQuestionsKeepTheirCodesAcrossRuns() throws {
        let path = try temporaryPath()
        let first = [Fixtures.incoming("Câu một", name: "Nông Văn A"), Fixtures.incoming("Câu hai", row: 3)]
        do {
            let registry = try Registry(path: path)
            var admission = try registry.admission(codePrefix: "CB25")
            admission.admit(first)
            try registry.record(newQuestions: admission.newQuestions, groups: [], runAt: Date())
        }
        let registry = try Registry(path: path)
        var admission = try registry.admission(codePrefix: "CB25")
        admission.admit(first + [Fixtures.incoming("Câu ba", row: 4)])
        XCTAssertEqual(admission.knownRows.count, 2)
        XCTAssertEqual(admission.newQuestions.map(\.code), ["CB25-0003"])
        try registry.record(newQuestions: admission.newQuestions, groups: [], runAt: Date())
        let held = try registry.questions()
        XCTAssertEqual(held.map(\.code), ["CB25-0001", "CB25-0002", "CB25-0003"])
        XCTAssertEqual(held[0].asker.name, "Nông Văn A")
        XCTAssertEqual(held[0].category, .students)
    }

    func testTheDatabaseRefusesAFingerprintTwice() throws {
        let registry = try Registry()
        let question = Fixtures.questions([Fixtures.incoming("Câu một")])[0]
        try registry.record(newQuestions: [question], groups: [], runAt: Date())
        let again = question.renumbered(code: "CB25-0002", sequence: 2)
        XCTAssertThrowsError(try registry.record(newQuestions: [again], groups: [], runAt: Date()))
        XCTAssertEqual(try registry.questions().count, 1)
    }

    /// One transaction per run: when any part of the run's record fails, none of it stays —
    /// neither the new questions before the failing one, nor the groups, nor the run.
    func testARunsRecordIsAllOrNothing() throws {
        let registry = try Registry()
        let questions = Fixtures.questions([Fixtures.incoming("Câu một"), Fixtures.incoming("Câu hai", row: 3)])
        try registry.record(newQuestions: [questions[0]], groups: [], runAt: Date())
        let repeated = questions[0].renumbered(code: "CB25-0003", sequence: 3)
        let groups = [QuestionGroup(code: "CB25-0001", members: ["CB25-0001", "CB25-0002"])]
        XCTAssertThrowsError(try registry.record(newQuestions: [questions[1], repeated], groups: groups, runAt: Date()))
        XCTAssertEqual(try registry.questions().map(\.code), ["CB25-0001"])
        XCTAssertEqual(try registry.groupAssignments(), [:])
        try registry.record(newQuestions: [questions[1]], groups: groups, runAt: Date())
        XCTAssertEqual(try registry.groupAssignments(), ["CB25-0001": "CB25-0001", "CB25-0002": "CB25-0001"])
    }

    func testReadOnlyOpenOfAMissingRegistryIsNil() throws {
        XCTAssertNil(try Registry.openForReading(path: "/nonexistent/registry.sqlite"))
    }
}

extension Question {
    /// The same question under another code: what a second admission of its row would make.
    func renumbered(code: String, sequence: Int) -> Question {
        Question(code: code, sequence: sequence, fingerprint: fingerprint, unitCode: unitCode, unitName: unitName,
                 text: text, asker: asker, category: category, suggestedTopic: suggestedTopic,
                 submittedAt: submittedAt, source: source)
    }
}
