import XCTest
@testable import DoiThoaiKit

final class ProcessingTests: XCTestCase {
    func snapshot() -> CampaignSnapshot { Fixtures.snapshot() }

    func testEveryQuestionIsGroupedClassifiedRoutedAndGivenAStatus() {
        let s = snapshot()
        XCTAssertEqual(s.questions.map(\.group), ["CB25-0001", "CB25-0001", "CB25-0003", "CB25-0004"])
        XCTAssertEqual(s.questions.map(\.assignment.topic), ["khoi-nghiep", "khoi-nghiep", "chuyen-doi-so", "khac"])
        XCTAssertEqual(s.questions.map(\.routing.lead), ["STC", "STC", "SKHCN", "SNV"])
        XCTAssertEqual(s.questions.map(\.assignment.review), [false, false, false, true])
        XCTAssertEqual(s.questions.map(\.status), [.answeredInWriting, .answeredInWriting, .overdue, .overdue])
    }
}
