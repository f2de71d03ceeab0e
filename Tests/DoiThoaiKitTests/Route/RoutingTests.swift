import XCTest
@testable import DoiThoaiKit

final class RoutingTests: XCTestCase {
    func testTheTopicNamesLeadAndCoDepartments() {
        let routing = Routing.forTopic("khoi-nghiep", in: Fixtures.campaign.topics)
        XCTAssertEqual(routing, Routing(lead: "STC", co: ["SNV"]))
        XCTAssertEqual(routing.all, ["STC", "SNV"])
    }

    func testAnUnknownTopicRoutesNowhere() {
        XCTAssertEqual(Routing.forTopic("khong-co", in: Fixtures.campaign.topics).lead, "")
    }
}
