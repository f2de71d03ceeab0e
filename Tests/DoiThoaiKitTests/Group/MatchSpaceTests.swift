import XCTest
@testable import DoiThoaiKit

final class MatchSpaceTests: XCTestCase {
    func questions(_ texts: [String]) -> [Question] {
        Fixtures.questions(texts.enumerated().map { Fixtures.incoming($1, row: $0 + 2, name: "Người \($0)") })
    }

    var texts: [String] {
        VariedQuestions.texts(700, seed: 11).enumerated().map { index, text in
            index % 5 == 0 ? VietnameseText.stripDiacritics(text) : index % 7 == 0 ? text.replacingOccurrences(of: "hòa", with: "hoà") : text
        } + ["", "ạ", "Đề nghị", "4G 4G 4G"]
    }

    func testFeaturesAreNumberedAsOnePassWouldWhateverTheRoundsAndWorkers() {
        let all = questions(texts)
        let expected = OnePass(all)
        for (workers, roundSize) in [(1, Int.max), (2, 1), (3, 7), (2, 100)] {
            let space = MatchSpace(all, jobs: ParallelJobs(workers: workers), roundSize: roundSize)
            let label = "\(workers) workers, rounds of \(roundSize)"
            XCTAssertEqual((0..<space.count).map { Array(space.rows.row($0)) }, expected.rows, label)
            XCTAssertEqual((0..<space.count).map { Array(space.foldedRow($0)) }, expected.foldedRows, label)
            XCTAssertEqual(space.unmarked, expected.unmarked, label)
        }
        XCTAssertEqual(MatchSpace([], jobs: ParallelJobs(workers: 2), roundSize: 7).count, 0)
    }

    func testWeightsAndSimilaritiesAreTheSameToTheLastBit() {
        let all = questions(texts)
        let alone = MatchSpace(all, jobs: ParallelJobs(workers: 1), roundSize: Int.max)
        let sideBySide = MatchSpace(all, jobs: ParallelJobs(workers: 3), roundSize: 50)
        XCTAssertEqual(sideBySide.marked.frequency, alone.marked.frequency)
        XCTAssertEqual(sideBySide.folded.frequency, alone.folded.frequency)
        for a in stride(from: 0, to: all.count, by: 13) {
            for b in stride(from: 1, to: all.count, by: 17) {
                XCTAssertEqual(sideBySide.similarity(a, b).bitPattern, alone.similarity(a, b).bitPattern, "\(a), \(b)")
            }
        }
    }

    /// Features numbered by first use, one question after another with one canonicaliser:
    /// a question's syllables, then its pairs of adjacent syllables; a folded feature is
    /// numbered when a marked feature that folds to it is first used. Written from strings,
    /// apart from `MatchSpace`, to check it.
    struct OnePass {
        var rows: [[Int32]] = []
        var foldedRows: [[Int32]] = []
        var unmarked: [Bool] = []

        init(_ questions: [Question]) {
            var canonicaliser = Canonicaliser()
            var markedIDs: [String: Int32] = [:], foldedIDs: [String: Int32] = [:]
            var foldedOf: [Int32] = []
            func feature(_ marked: String, _ folded: String) -> Int32 {
                if let id = markedIDs[marked] { return id }
                markedIDs[marked] = Int32(markedIDs.count)
                if foldedIDs[folded] == nil { foldedIDs[folded] = Int32(foldedIDs.count) }
                foldedOf.append(foldedIDs[folded]!)
                return markedIDs[marked]!
            }
            for question in questions {
                let syllables = canonicaliser.syllables(of: question.text)
                let names = canonicaliser.table.names
                let (canonical, folded) = (syllables.canonical.map { names[Int($0)] }, syllables.folded.map { names[Int($0)] })
                var row = canonical.indices.map { feature(canonical[$0], folded[$0]) }
                row += canonical.indices.dropLast().map {
                    feature(canonical[$0] + " " + canonical[$0 + 1], folded[$0] + " " + folded[$0 + 1])
                }
                rows.append(Set(row).sorted())
                foldedRows.append(Set(row.map { foldedOf[Int($0)] }).sorted())
                unmarked.append(syllables.unmarked)
            }
        }
    }
}
