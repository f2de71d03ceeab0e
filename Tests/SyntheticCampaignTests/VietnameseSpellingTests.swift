import XCTest
@testable import SyntheticCampaign

final class VietnameseSpellingTests: XCTestCase {
    func testOldTonePlacementMovesTheToneOfFinalOaOeUy() {
        let cases = [
            ("hòa", "hoà"), ("Thủy", "Thuỷ"), ("khỏe", "khoẻ"), ("văn hóa", "văn hoá"), ("ủy ban", "uỷ ban"),
            // Unchanged: a final consonant, "qu", a tone already on the last vowel, no tone.
            ("hoàng", "hoàng"), ("quý", "quý"), ("thuở", "thuở"), ("hoa", "hoa"), ("Đàm", "Đàm"),
        ]
        for (new, old) in cases {
            XCTAssertEqual(VietnameseSpelling.oldTonePlacement(new), old, new)
        }
        XCTAssertEqual(VietnameseSpelling.oldTonePlacement("bê tông hóa, sức khỏe."), "bê tông hoá, sức khoẻ.")
    }

    func testWithoutDiacriticsAndAsciiNames() {
        XCTAssertEqual(VietnameseSpelling.withoutDiacritics("Đề nghị xã Đàm Thủy"), "De nghi xa Dam Thuy")
        XCTAssertEqual(VietnameseSpelling.ascii("Xã Đàm Thủy", separator: "-"), "xa-dam-thuy")
        XCTAssertEqual(VietnameseSpelling.ascii("Sở Văn hóa, Thể thao và Du lịch", separator: "-"), "so-van-hoa-the-thao-va-du-lich")
    }

    func testPhrasesCarryEverySpelling() {
        let phrase = Phrase("văn hóa")
        XCTAssertEqual(String(decoding: phrase.bytes(.standard), as: UTF8.self), "văn hóa")
        XCTAssertEqual(String(decoding: phrase.bytes(.withoutDiacritics), as: UTF8.self), "van hoa")
        XCTAssertEqual(String(decoding: phrase.bytes(.oldTones), as: UTF8.self), "văn hoá")
    }
}
