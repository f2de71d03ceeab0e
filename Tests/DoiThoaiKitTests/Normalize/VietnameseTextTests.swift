import XCTest
@testable import DoiThoaiKit

final class VietnameseTextTests: XCTestCase {
    func testMatchKeyIgnoresCasePunctuationSpacingAndDecomposition() {
        let cases: [(String, String)] = [
            ("Đề nghị hỗ trợ vay vốn, ạ!", "đề nghị hỗ trợ vay vốn ạ"),
            ("  ĐỀ   NGHỊ\nhỗ trợ ", "đề nghị hỗ trợ"),
            ("Đề nghị".decomposedStringWithCanonicalMapping, "đề nghị"),
            ("4G/5G - phủ sóng", "4g 5g phủ sóng"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(VietnameseText.matchKey(input), expected, "input: \(input)")
        }
    }

    func testMatchKeyKeepsDiacriticsApart() {
        XCTAssertNotEqual(VietnameseText.matchKey("má"), VietnameseText.matchKey("mà"))
    }

    func testFoldRemovesDiacriticsAndMapsDStroke() {
        let cases: [(String, String)] = [
            ("Xã Đàm Thủy", "xa dam thuy"),
            ("Xã Đàm Thuỷ", "xa dam thuy"),
            ("ĐOÀN TNCS Hồ Chí Minh", "doan tncs ho chi minh"),
            ("Ðoàn", "doan"),  // U+00D0, the look-alike Đ typed on some keyboards
            ("Nội dung câu hỏi (*)", "noi dung cau hoi"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(VietnameseText.fold(input), expected, "input: \(input)")
        }
    }

    func testFoldedKeyContainsPhrase() {
        let key = VietnameseText.fold("Trả lời trực tiếp tại Hội nghị đối thoại")
        XCTAssertTrue(VietnameseText.folded(key, contains: "truc tiep"))
        XCTAssertTrue(VietnameseText.folded(key, contains: "hoi nghi doi thoai"))
        XCTAssertFalse(VietnameseText.folded(key, contains: "van ban"))
        XCTAssertFalse(VietnameseText.folded("", contains: "van ban"))
        XCTAssertTrue(VietnameseText.folded("đ van ban ư", contains: "van ban"), "ASCII inside other letters")
    }

    func testSlugIsAsciiKebabCase() {
        XCTAssertEqual(VietnameseText.slug("Sở Văn hóa, Thể thao và Du lịch"), "so-van-hoa-the-thao-va-du-lich")
        XCTAssertEqual(VietnameseText.slug("Phường Nùng Trí Cao"), "phuong-nung-tri-cao")
    }

    func testLacksDiacritics() {
        XCTAssertTrue(VietnameseText.lacksDiacritics("de nghi ho tro vay von"))
        XCTAssertFalse(VietnameseText.lacksDiacritics("đề nghị"))
        XCTAssertFalse(VietnameseText.lacksDiacritics("dong"+"\u{0301}"))
    }
}

final class EditDistanceTests: XCTestCase {
    func testDistances() {
        let cases: [(String, String, Int)] = [
            ("", "abc", 3), ("deadline", "deadlines", 1), ("dealdines", "deadlines", 1),
            ("xa dam thuyy", "xa dam thuy", 1), ("SXD", "SNV", 2), ("Đàm", "Dam", 2),
        ]
        for (a, b, expected) in cases {
            XCTAssertEqual(EditDistance.between(a, b), expected, "\(a) → \(b)")
        }
    }
}
