import XCTest
@testable import DoiThoaiKit

final class DialogueShortlistTests: XCTestCase {
    /// Eight groups: topic A raised by 5, 4, 3 and 2 units, topic B by 3 and 1, C by 1, one in review by 9.
    func views() -> [GroupView] {
        let specs: [(String, Int, Bool)] = [("a", 5, false), ("a", 4, false), ("a", 3, false), ("a", 2, false),
                                            ("b", 3, false), ("b", 1, false), ("c", 1, false), ("a", 9, true)]
        return specs.enumerated().map { index, spec in
            let code = String(format: "CB25-%04d", index + 1)
            let question = Fixtures.questions([Fixtures.incoming("Câu \(index)")])[0]
            let processed = ProcessedQuestion(
                question: question, group: code,
                assignment: TopicAssignment(topic: spec.0, confidence: spec.2 ? 0.2 : 0.9, review: spec.2),
                routing: Routing(lead: "SNV", co: []), answers: [], status: .pending,
                due: Fixtures.answerDay)
            let group = QuestionGroup(code: code, members: [code], units: (0..<spec.1).map { "Xã \($0)" })
            return GroupView(group: group, representative: processed, answers: [], sequence: index + 1, due: Fixtures.answerDay)
        }
    }

    func testFitsTheTimeAndSpreadsAcrossTopics() {
        // 40 minutes at 2 + 7 per question: 4 questions.
        let items = DialogueShortlist.pick(views(), dialogue: Dialogue(date: Fixtures.answerDay, minutes: 40, askMinutes: 2,
                                                                      answerMinutes: 7), topicOrder: ["a", "b", "c"])
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(items.last!.end, 36)
        XCTAssertLessThanOrEqual(items.last!.end, 40)
        // Round one takes each topic's most-raised concern (A 5, B 3, C 1), round two A's next (4);
        // the group in review, raised by 9, is left out. The script goes topic by topic.
        XCTAssertEqual(items.map(\.view.group.units.count), [5, 4, 3, 1])
        XCTAssertEqual(items.map(\.view.representative.assignment.topic), ["a", "a", "b", "c"])
        XCTAssertEqual(items.map(\.start), [0, 9, 18, 27])
    }

    func testNoTimeNoQuestions() {
        let items = DialogueShortlist.pick(views(), dialogue: Dialogue(date: Fixtures.answerDay, minutes: 5, askMinutes: 2,
                                                                      answerMinutes: 7), topicOrder: ["a", "b", "c"])
        XCTAssertTrue(items.isEmpty)
    }
}
