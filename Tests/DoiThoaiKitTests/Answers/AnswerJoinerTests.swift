import XCTest
@testable import DoiThoaiKit

final class AnswerJoinerTests: XCTestCase {
    let stc = Department(code: "STC", name: "Sở Tài chính")

    func answer(_ code: String, _ form: AnswerForm = .inWriting, row: Int = 2) -> Answer {
        Answer(place: SourcePlace(file: "stc.csv", row: row), code: code, department: stc, text: "Trả lời", form: form)
    }

    func testGroupAnswersReachEveryMemberAndUnknownCodesAreRejected() {
        let questions = Fixtures.questions([
            Fixtures.incoming("Vay vốn"), Fixtures.incoming("Vay vốn", unit: Fixtures.thucPhan), Fixtures.incoming("Sóng 4G"),
        ])
        let groups = NearDuplicateGrouper(threshold: 0.85).groups(of: questions)
        let result = AnswerJoiner.join([answer("CB25-0001"), answer("CB25-0003", row: 3), answer("CB25-0099", row: 4)],
                                       questions: questions, groups: groups)
        XCTAssertEqual(result.joined, 2)
        XCTAssertEqual(Set(result.byQuestion.keys), ["CB25-0001", "CB25-0002", "CB25-0003"])
        XCTAssertEqual(result.rejections.map { $0.row }, [4])
        XCTAssertTrue(result.rejections[0].reason.contains("CB25-0099"))
    }

    func testStatusOfEveryKind() {
        let deadline = Fixtures.campaign.deadlines.answer
        XCTAssertEqual(QuestionStatus.of(answers: [], answerDeadline: deadline, today: Fixtures.answerDay), .pending)
        XCTAssertEqual(QuestionStatus.of(answers: [], answerDeadline: deadline, today: deadline), .pending)
        XCTAssertEqual(QuestionStatus.of(answers: [], answerDeadline: deadline, today: Fixtures.afterDeadline), .overdue)
        let cases: [(AnswerForm, QuestionStatus)] = [
            (.atDialogue, .answeredAtDialogue), (.inWriting, .answeredInWriting), (.referred, .referred), (.unspecified, .answered),
        ]
        for (form, status) in cases {
            XCTAssertEqual(QuestionStatus.of(answers: [answer("X", form)], answerDeadline: deadline, today: Fixtures.afterDeadline), status)
        }
    }
}
