import XCTest
@testable import DoiThoaiKit

final class WordScannerTests: XCTestCase {
    func words(_ text: String) -> [String] {
        var text = text
        var found: [String] = []
        text.withUTF8 { bytes in
            WordScanner.forEachWord(in: bytes) { found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
        }
        return found
    }

    func testCutsLikeTheGraphemeBasedSplitter() {
        let texts = [
            "Đề nghị hỗ trợ vay vốn, khởi nghiệp!", "Bao giờ xóm em có sóng 4G?", "  (a)  b--c ", "",
            "Hòa".decomposedStringWithCanonicalMapping + " bình", "× 2 ÷ 3 = 6", "Ðoàn thanh niên",
            "nước sạch…“ngay”", "Ελληνικά и русский 中文", "½ năm", "tầng 2/5; mũi 1-2",
        ]
        for text in texts {
            XCTAssertEqual(words(text), VietnameseText.words(of: text).map(String.init), text)
        }
    }

    func testACombiningMarkAfterASeparatorIsNotAWord() {
        XCTAssertEqual(words("a \u{0301}b"), ["a", "b"])
    }
}
