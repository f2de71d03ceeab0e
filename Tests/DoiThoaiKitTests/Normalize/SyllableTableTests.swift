import XCTest
@testable import DoiThoaiKit

final class SyllableTableTests: XCTestCase {
    func entry(_ word: String, _ table: inout SyllableTable) -> SyllableTable.Entry {
        var word = word
        return word.withUTF8 { table.entry($0, 0..<$0.count) }
    }

    func testSpellingsOfOneSyllableShareItsIDs() {
        var table = SyllableTable()
        let spellings = ["hoà", "hòa", "HOÀ", "Hòa".decomposedStringWithCanonicalMapping, "hoà"]
        let ids = spellings.map { entry($0, &table).canonical }
        XCTAssertEqual(Set(ids).count, 1)
        XCTAssertEqual(table.names[Int(ids[0])], "hoa^2")
        let folded = entry("hoa", &table).folded
        XCTAssertEqual(table.names[Int(folded)], "hoa")
        XCTAssertEqual(entry("hoa", &table).canonical, entry("Hòa", &table).folded)
    }

    func testMarkedOnlyWithADiacritic() {
        var table = SyllableTable()
        XCTAssertTrue(entry("đi", &table).marked)
        XCTAssertTrue(entry("hoà", &table).marked)
        XCTAssertFalse(entry("HOA", &table).marked)
        XCTAssertFalse(entry("4G", &table).marked)
    }

    func testThePlainASCIIPathAgreesWithTheUnicodePath() {
        var table = SyllableTable()
        for word in ["4G", "COVID", "abc123", "Zalo"] {
            let id = entry(word, &table).canonical
            XCTAssertEqual(table.names[Int(id)], CanonicalText.syllable(Substring(word)), word)
        }
    }

    func testManyWordsSurviveTheTableGrowing() {
        var table = SyllableTable()
        let ids = (0..<5000).map { entry("từ\($0)", &table).canonical }
        XCTAssertEqual(Set(ids).count, 5000)
        XCTAssertEqual((0..<5000).map { entry("từ\($0)", &table).canonical }, ids)
    }
}
