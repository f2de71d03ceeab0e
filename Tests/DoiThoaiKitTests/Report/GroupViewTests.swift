import XCTest
@testable import DoiThoaiKit

final class GroupViewTests: XCTestCase {
    private func answer(_ department: String, _ text: String, row: Int) -> Answer {
        Answer(place: SourcePlace(file: "\(department.lowercased()).csv", row: row), code: "CB25-000\(row)",
               department: Department(code: department, name: "Sở \(department)"), text: text, form: .inWriting)
    }

    func testDistinctAnswersKeepOnePerDepartmentAndTextInOrder() {
        let answers = [
            answer("STC", "Có gói vay ưu đãi", row: 2), answer("STC", "Có gói vay ưu đãi", row: 3),  // one group answer, two members
            answer("SNV", "Có gói vay ưu đãi", row: 2),  // same text, another department
            answer("STC", "Có gói vay ưu đãi.", row: 4),  // another text
            answer("STC", "Co\u{0301} gói vay ưu đãi", row: 5),  // the first text, decomposed: equal as Strings
        ]
        let distinct = GroupView.distinctAnswers(answers)
        XCTAssertEqual(distinct.map(\.place.row), [2, 2, 4])
        XCTAssertEqual(distinct.map(\.department.code), ["STC", "SNV", "STC"])
        XCTAssertEqual(GroupView.distinctAnswers([]).count, 0)
    }
}
