import XCTest
@testable import SyntheticCampaign

final class ThemeRoutingTests: XCTestCase {
    /// Employment, training, start-ups, education, health, digital, roads, culture, security, environment.
    func testThemesFindTheirCaoBangTopics() throws {
        let facts = try SyntheticCampaignFixtures.facts()
        XCTAssertEqual(facts.themeTopics.map(\.code), [
            "viec-lam", "viec-lam", "khoi-nghiep", "giao-duc", "an-sinh", "chuyen-doi-so", "moi-truong", "van-hoa",
            "an-ninh", "moi-truong",
        ])
    }

    /// Thái Nguyên's five content areas, all about the digital age: health and environment,
    /// which no keyword of theirs names, go to its "khac" topic.
    func testThemesFindThaiNguyenTopics() throws {
        let facts = try SyntheticCampaignFixtures.facts(SyntheticCampaignFixtures.thaiNguyen)
        XCTAssertEqual(facts.themeTopics.map(\.code), [
            "nghe-nghiep-so", "nghe-nghiep-so", "tiep-can-cong-nghe", "tiep-can-cong-nghe", "khac",
            "tiep-can-cong-nghe", "xa-hoi-so", "xa-hoi-so", "xa-hoi-so", "khac",
        ])
    }
}
