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

    func testKeysRarestFirstThenByID() {
        let space = MatchSpace(questions(VariedQuestions.texts(300, seed: 9)))
        let index = CandidateIndex(space: space)
        for document in stride(from: 0, to: space.count, by: 7) {
            let counts = space.foldedRow(document).filter(index.isKey).map { KeyCount(key: $0, earlier: $0 % 5) }
            let expected = counts.sorted {
                (space.folded.frequency[Int($0.key)], $0.key) < (space.folded.frequency[Int($1.key)], $1.key)
            }
            XCTAssertEqual(index.rarestFirst(counts.reversed()), expected, "\(document)")
            XCTAssertEqual(space.keys(document), expected.map(\.key))
        }
    }

    func testABatchIsCountedAsQuestionsOneAfterAnother() {
        let space = MatchSpace(questions((0..<10).map { "xóm chè mục \($0 % 4)" } + ["suối cạn xóm chè", "suối cạn"]))
        var oneByOne = CandidateIndex(space: space, visitBudget: 5)
        var inBatches = CandidateIndex(space: space, visitBudget: 5)
        let rows = [inBatches.countKeys(of: 0..<5), inBatches.countKeys(of: 5..<12)]
        var scratch = AnchorScores(expected: 8)
        for document in 0..<12 {
            let counts = Array(rows[document / 5 == 0 ? 0 : 1].row(document < 5 ? document : document - 5))
            XCTAssertEqual(counts.map(\.key), space.foldedRow(document).filter(oneByOne.isKey), "\(document)")
            // One after another: the same candidates, looked up by the keys the counts visit.
            XCTAssertEqual(oneByOne.candidates(for: document, excluding: [], scratch: &scratch),
                           inBatches.candidates(for: document, visiting: inBatches.visitedKeys(counts), scratch: &scratch).map(\.item))
            oneByOne.add(anchor: document)
            inBatches.add(anchor: document)
        }
        let counts = Array(rows[1].row(11 - 5))
        XCTAssertEqual(counts.map(\.earlier), [1, 1, 1], "suối, cạn and suối cạn: each in one question before")
    }

    func testRecentAnchorsScoreAsTheWholeIndexScoresThem() {
        let texts = ["trồng chè shan vỗ béo", "trồng chè shan tuyết", "chè shan", "Trồng chè Shan tuyết ạ"]
        let space = MatchSpace(questions(texts))
        var index = CandidateIndex(space: space)
        var scratch = AnchorScores(expected: 8)
        index.add(anchor: 0)
        index.beginBatch()
        index.add(anchor: 1)
        index.add(anchor: 2)
        let keys = index.visitedKeys(space.foldedRow(3).filter(index.isKey).map { KeyCount(key: $0, earlier: 0) })
        let whole = index.candidates(for: 3, visiting: keys, scratch: &scratch)
        let recent = index.recentCandidates(for: 3, visiting: keys, textFoundBefore: false, scratch: &scratch)
        XCTAssertEqual(whole.map(\.item), [1, 0, 2], "the text's anchor first")
        XCTAssertEqual(recent.map(\.item), [1, 2], "only those added since the batch began")
        for (anchor, score) in recent {
            XCTAssertEqual(whole.first { $0.item == anchor }?.score.bitPattern, score.bitPattern, "to the last bit")
        }
        // Had an anchor before the batch had the text, that one alone would have been first.
        let textElsewhere = index.recentCandidates(for: 3, visiting: keys, textFoundBefore: true, scratch: &scratch)
        XCTAssertEqual(textElsewhere.map(\.item), [1, 2])
        XCTAssertLessThan(textElsewhere[0].score, CandidateIndex.sameTextScore)
    }
}
