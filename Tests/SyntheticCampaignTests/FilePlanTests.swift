import XCTest
@testable import SyntheticCampaign

final class FilePlanTests: XCTestCase {
    func testOneFilePerUnitAndThreeForTheYouthUnionByDefault() throws {
        var random = SeededGenerator(seed: 1)
        let plan = FilePlan(rows: 50_000, fileCount: nil, facts: try SyntheticCampaignFixtures.facts(), random: &random)
        XCTAssertEqual(plan.files.count, 59, "56 communes and wards, three Youth Union files")
        XCTAssertEqual(plan.files.filter { $0.name.hasPrefix("tinh-doan-cao-bang-bieu-mau-") }.count, 3)
        XCTAssertEqual(plan.files.reduce(0) { $0 + $1.rows }, 50_000)
    }

    /// A million rows: more files, none past ~20k rows, one unit per file, names in byte order.
    func testAMillionRowsGoIntoFilesOfAtMostTwentyThousand() throws {
        var random = SeededGenerator(seed: 1)
        let plan = FilePlan(rows: 1_000_000, fileCount: nil, facts: try SyntheticCampaignFixtures.facts(), random: &random)
        XCTAssertGreaterThanOrEqual(plan.files.count, 50)
        XCTAssertLessThanOrEqual(plan.files.map(\.rows).max()!, 20_000)
        XCTAssertEqual(plan.files.reduce(0) { $0 + $1.rows }, 1_000_000)
        let names = plan.files.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertEqual(names, names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        XCTAssertTrue(names.contains("xa-bao-lac-lan-1.csv") || names.contains("xa-bao-lac.csv"))
    }
}
