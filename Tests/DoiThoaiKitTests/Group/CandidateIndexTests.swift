import XCTest
@testable import DoiThoaiKit

final class CandidateIndexTests: XCTestCase {
    func questions(_ texts: [String]) -> [Question] {
        Fixtures.questions(texts.enumerated().map { Fixtures.incoming($1, row: $0 + 2, name: "Người \($0)") })
    }

    func testARepeatOfWordsTooCommonToBeKeysIsStillFound() {
        // 120 askers send the same short, common question among 60 others: every one of its
        // features is in more than 50 questions, so none is a key; the exact text finds it.
        let texts = (0..<60).map { "Hỗ trợ dự án số \($0) ở bản \($0)" } + Array(repeating: "Việc làm cho thanh niên", count: 120)
        let all = questions(texts)
        let space = MatchSpace(all)
        XCTAssertTrue(space.keys(60).isEmpty, "the fixture needs a question without keys")
        let groups = NearDuplicateGrouper(threshold: 0.6).groups(of: all)
        XCTAssertEqual(groups.first { $0.code == all[60].code }?.members.count, 120)
    }

    func testTheLookUpStopsAtTheBudgetRarestKeysFirst() {
        // Documents 0–9 share "xóm chè" (a key in 11 questions); document 10 alone shares
        // "suối" with document 11. With a budget of 5, the common key's 10 earlier questions
        // are never visited, the rare key's 1 is.
        let texts = (0..<10).map { "xóm chè mục \($0)" } + ["suối cạn xóm chè", "suối cạn"]
        var index = CandidateIndex(space: MatchSpace(questions(texts)), visitBudget: 5)
        var scratch = AnchorScores(expected: 8)
        for document in 0..<11 { index.add(anchor: document) }
        XCTAssertEqual(index.candidates(for: 11, excluding: [], scratch: &scratch), [10])
        var unlimited = CandidateIndex(space: MatchSpace(questions(texts)))
        for document in 0..<10 { unlimited.add(anchor: document) }
        XCTAssertEqual(Set(unlimited.candidates(for: 10, excluding: [], scratch: &scratch)), Set(0..<10))
        XCTAssertEqual(unlimited.candidates(for: 10, excluding: [3, 4], scratch: &scratch).count, 8)
    }
}
