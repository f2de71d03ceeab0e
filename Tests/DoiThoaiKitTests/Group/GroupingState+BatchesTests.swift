import XCTest
@testable import DoiThoaiKit

/// Questions placed in batches, side by side, must end in exactly the groups one question
/// after another gives: same members, same representatives, same similarities.
final class GroupingStateBatchesTests: XCTestCase {
    static let schedules: [PlacementSchedule] = [
        PlacementSchedule(jobs: ParallelJobs(workers: 1), batchSize: 7),
        PlacementSchedule(jobs: ParallelJobs(workers: 2), batchSize: 1),
        PlacementSchedule(jobs: ParallelJobs(workers: 2), batchSize: 64),
        PlacementSchedule(jobs: ParallelJobs(workers: 3), batchSize: 13),
        PlacementSchedule(jobs: ParallelJobs(workers: 2), batchSize: 512),
    ]

    func questions(_ texts: [String]) -> [Question] {
        Fixtures.questions(texts.enumerated().map { index, text in
            Fixtures.incoming(text, file: "f\(index / 1000).csv", row: index % 1000 + 2, name: "Người \(index)")
        })
    }

    func testRunsOfRewordingsAcrossBatchBoundaries() {
        let all = questions(VariedQuestions.texts(1_500, seed: 1))
        let groups = assertBatchesAgree(all)
        // The case the batches must get right: a question joining a group founded in its own batch.
        let sequence = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.code, $0) })
        XCTAssertTrue(groups.contains { group in
            group.members.dropFirst().contains { sequence[$0]! / 64 == sequence[group.code]! / 64 }
        }, "the fixture needs groups founded and joined within one batch of 64")
    }

    func testExactRepeatsWhoseWordsAreTooCommonToBeKeys() {
        // Like CandidateIndexTests: the repeat is found by its exact text alone, here founded
        // and repeated within batches.
        var texts: [String] = []
        for index in 0..<300 {
            texts.append(index % 3 == 0 ? "Việc làm cho thanh niên" : "Hỗ trợ dự án số \(index) ở bản \(index % 50)")
        }
        let all = questions(texts)
        XCTAssertTrue(MatchSpace(all).keys(0).isEmpty, "the fixture needs a question without keys")
        let groups = assertBatchesAgree(all)
        XCTAssertEqual(groups.first { $0.code == all[0].code }?.members.count, 100)
    }

    func testTextsThatDifferOnlyInTheirTones() {
        // 150 questions fold to one text, "ma ba ca la", whose words are then too common to be
        // keys: each finds only the first of them, by its text, however near another is.
        var random = SplitMix(seed: 6)
        let tones = [["ma", "má", "mạ"], ["ba", "bà", "bả"], ["ca", "cá", "cà"], ["la", "lá", "lã"]]
        let texts = (0..<300).map { index in
            index % 2 == 0 ? tones.map { $0[random.below(3)] }.joined(separator: " ") : "Hỗ trợ dự án số \(index % 20) ở bản \(index % 7)"
        }
        assertBatchesAgree(questions(texts))
    }

    func testManyCandidatesFromFewWords() {
        // Questions of a few words from twenty: each shares keys with more anchors than are
        // compared, so which are compared must be exactly the best ranked.
        var random = SplitMix(seed: 7)
        let words = ["vốn", "nghề", "chè", "bò", "đường", "điện", "nước", "trường", "chợ", "rừng",
                     "quế", "hồi", "dê", "lúa", "ngô", "sắn", "cá", "gà", "mận", "lê"]
        let texts = (0..<1_500).map { _ in (0..<(2 + random.below(9))).map { _ in words[random.below(words.count)] }.joined(separator: " ") }
        for threshold in [0.35, 0.5] { assertBatchesAgree(questions(texts), threshold: threshold) }
    }

    func testTextsTypedWithoutDiacritics() {
        let texts = VariedQuestions.texts(800, seed: 2).enumerated().map { index, text in
            index % 2 == 0 ? VietnameseText.stripDiacritics(text) : text
        }
        assertBatchesAgree(questions(texts))
    }

    func testATinyVisitBudget() {
        let all = questions(VariedQuestions.texts(1_000, seed: 3))
        for budget in [0, 3, 40] { assertBatchesAgree(all, visitBudget: budget) }
    }

    func testOtherThresholds() {
        let all = questions(VariedQuestions.texts(600, seed: 4))
        for threshold in [0.3, 0.9] { assertBatchesAgree(all, threshold: threshold) }
    }

    func testEarlierGroupsAndCorrections() {
        let all = questions(VariedQuestions.texts(1_200, seed: 5))
        let grouper = NearDuplicateGrouper(threshold: 0.6)
        // An earlier night grouped the first 700; staff then moved some questions about.
        var existing: [String: String] = [:]
        for group in grouper.groups(of: Array(all.prefix(700))) {
            for member in group.members { existing[member] = group.code }
        }
        existing[all[10].code] = all[900].code  // a group founded later: not taken
        existing[all[20].code] = all[21].code  // not an anchor: not taken
        let joined = grouper.groups(of: all).filter { $0.members.count > 2 }
        var corrections = GroupCorrections(sameAs: [all[1_100].code: all[3].code])
        for group in joined.prefix(40) {
            corrections.notDuplicateOf[group.members[1], default: []].insert(group.code)
            corrections.notDuplicateOf[group.members.last!, default: []].insert(group.members[1])
        }
        assertBatchesAgree(all, existing: existing, corrections: corrections)
    }

    func testARerunWithNewQuestionsAfterIt() {
        // The night after: every question but the last 300 has an earlier group, made at
        // another threshold so that keeping them gives other groups than grouping afresh;
        // a few no longer hold and are looked up again, counted as one after another counts.
        let all = questions(VariedQuestions.texts(1_500, seed: 8))
        var existing: [String: String] = [:]
        for group in NearDuplicateGrouper(threshold: 0.45).groups(of: Array(all.prefix(1_200))) {
            for member in group.members { existing[member] = group.code }
        }
        for document in stride(from: 40, to: 1_200, by: 97) { existing[all[document].code] = all[1_300].code }
        let kept = assertBatchesAgree(all, existing: existing)
        XCTAssertNotEqual(kept, NearDuplicateGrouper(threshold: 0.6).groups(of: all), "the fixture needs earlier groups that change the result")
    }

    /// The groups one after another gives, after checking every schedule gives the same.
    @discardableResult
    func assertBatchesAgree(_ questions: [Question], existing: [String: String] = [:],
                            corrections: GroupCorrections = .init(), threshold: Double = 0.6, visitBudget: Int = 1024,
                            file: StaticString = #filePath, line: UInt = #line) -> [QuestionGroup] {
        let grouper = NearDuplicateGrouper(threshold: threshold, corrections: corrections)
        func groups(_ schedule: PlacementSchedule) -> [QuestionGroup] {
            grouper.placement(of: questions, existing: existing, schedule: schedule, visitBudget: visitBudget)
                .groups(of: questions)
        }
        let expected = groups(.oneAfterAnother)
        XCTAssertLessThan(expected.count, questions.count * 9 / 10, "the fixture needs questions that join groups",
                          file: file, line: line)
        for schedule in Self.schedules {
            let found = groups(schedule)
            let first = (0..<min(found.count, expected.count)).first { found[$0] != expected[$0] }
            XCTAssertTrue(first == nil && found.count == expected.count,
                          "workers \(schedule.jobs.workers), batches of \(schedule.batchSize): "
                          + "\(found.count) groups against \(expected.count); first difference "
                          + "\(first.map { "\(found[$0]) against \(expected[$0])" } ?? "in the count")",
                          file: file, line: line)
        }
        return expected
    }
}
