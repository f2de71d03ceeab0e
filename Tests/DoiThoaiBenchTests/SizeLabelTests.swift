import DoiThoaiBench
import XCTest

final class SizeLabelTests: XCTestCase {
    func testLabelsAsTheIssueWritesThem() {
        XCTAssertEqual([5_000, 100_000, 1_000_000, 2_500, 1_500_000].map(SizeLabel.of), ["5k", "100k", "1M", "2500", "1500k"])
    }

    func testParsesBenchSizesSortedWithoutRepeats() throws {
        XCTAssertEqual(try SizeLabel.parseList("100000 5000,1M  100k"), [5_000, 100_000, 1_000_000])
    }

    func testRefusesWhatIsNotASize() {
        XCTAssertThrowsError(try SizeLabel.parseList("10000 many"))
        XCTAssertThrowsError(try SizeLabel.parseList("0"))
        XCTAssertThrowsError(try SizeLabel.parseList("  "))
    }
}
