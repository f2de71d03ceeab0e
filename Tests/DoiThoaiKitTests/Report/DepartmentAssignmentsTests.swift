import XCTest
@testable import DoiThoaiKit

/// Each department's groups, found for all departments in one pass, as each department's
/// own scan found them: lead first, else co-department, once each, review held back.
final class DepartmentAssignmentsTests: XCTestCase {
    func view(_ code: String, lead: String, co: [String], review: Bool = false) -> GroupView {
        var question = Fixtures.snapshot().questions[0]
        question.routing = Routing(lead: lead, co: co)
        question.assignment.review = review
        return GroupView(group: QuestionGroup(code: code, members: [code]), representative: question, answers: [],
                         sequence: 1, due: Fixtures.answerDay)
    }

    func testEveryDepartmentGetsItsGroupsInOrderWithItsRoleOnce() {
        let views = [
            view("G1", lead: "STC", co: ["SGD", "STC", "SGD"]),
            view("G2", lead: "SGD", co: []),
            view("G3", lead: "STC", co: ["SYT"], review: true),
            view("G4", lead: "SYT", co: ["STC"]),
        ]
        let found = DepartmentWorkbook.assignments(views).mapValues { $0.map { "\($0.view.group.code) \($0.role)" } }
        XCTAssertEqual(found, [
            "STC": ["G1 Chủ trì", "G4 Phối hợp"],
            "SGD": ["G1 Phối hợp", "G2 Chủ trì"],
            "SYT": ["G4 Chủ trì"],
        ])
    }
}
