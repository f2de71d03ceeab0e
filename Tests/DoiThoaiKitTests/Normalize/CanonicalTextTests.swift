import XCTest
@testable import DoiThoaiKit

final class CanonicalTextTests: XCTestCase {
    func syllables(_ text: String) -> [String] { CanonicalText(text).syllables }

    func testTonePlacementCaseAndDecompositionMeet() {
        let same: [(String, String)] = [
            ("hoà bình", "hòa bình"), ("Đàm Thuỷ", "đàm thủy"), ("HOÀ", "hòa"),
            ("Hòa".decomposedStringWithCanonicalMapping, "hòa"), ("Ðoàn", "Đoàn"), ("khoẻ", "khỏe"),
        ]
        for (a, b) in same {
            XCTAssertEqual(syllables(a), syllables(b), "\(a) vs \(b)")
        }
        XCTAssertEqual(syllables("hòa"), ["hoa^2"])
        XCTAssertEqual(syllables("4G"), ["4g"])
    }

    func testDifferentTonesStayApart() {
        let forms = ["má", "mà", "mã", "mạ", "mả", "ma"].map(syllables)
        XCTAssertEqual(Set(forms.map { $0.joined() }).count, 6)
        XCTAssertEqual(Set(["má", "mà", "mã"].map { CanonicalText($0).folded }), [["ma"]])
    }

    func testBoilerplateOpeningsAndClosingsAreDropped() {
        let cases: [(String, String)] = [
            ("Đề nghị hỗ trợ vay vốn", "hỗ trợ vay vốn"),
            ("Cho em hỏi về hỗ trợ vay vốn ạ", "về hỗ trợ vay vốn"),
            ("Kính gửi đồng chí Chủ tịch, đề nghị hỗ trợ vay vốn. Em xin cảm ơn!", "hỗ trợ vay vốn"),
            ("Thanh niên mong muốn được học nghề", "được học nghề"),
            ("de nghi ho tro vay von", "ho tro vay von"),
            ("Đề nghị", "đề nghị"),  // nothing but boilerplate: kept whole
        ]
        for (text, expected) in cases {
            XCTAssertEqual(syllables(text), syllables(expected), "\(text)")
        }
    }

    func testUnmarkedTextIsRecognised() {
        XCTAssertTrue(CanonicalText("de nghi ho tro vay von").unmarked)
        XCTAssertFalse(CanonicalText("đề nghị hỗ trợ").unmarked)
    }
}
