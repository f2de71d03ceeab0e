import XCTest
@testable import DoiThoaiKit

/// The scorer alone: which words are Vietnamese syllables, and the share it gives.
final class DecodingScorerTests: XCTestCase {
    func testSyllableShapes() {
        let valid = [
            "của", "và", "đề", "nghị", "thanh", "niên", "không", "cho", "được", "có", "người", "nghiêng", "khuya",
            "chuyện", "quốc", "gì", "giữ", "ngoài", "hoà", "hòa", "thuỷ", "xoong", "Đề", "NGHỊ", "ĐƯỜNG", "Việt",
            "u\u{301}", "hoa\u{300}",  // combining tone marks (Windows-1258 without composition)
        ]
        for word in valid { XCTAssertTrue(VietnameseSyllable.isValid(word.unicodeScalars), word) }
        let invalid = [
            "Vieät", "gi¸o", "vỔ", "NGHị", "coù", "été", "très", "đềề", "ằá", "fé", "kh«ng", "®Ò", "Ä‘á»", "x", "ngưê",
        ]
        for word in invalid { XCTAssertFalse(VietnameseSyllable.isValid(word.unicodeScalars), word) }
    }

    func testScoreCountsOnlyWordsWithNonASCIILetters() {
        let score = VietnameseScorer.score(utf8: Array("De nghi ho tro, “đề nghị” — Vieät nam…".utf8))
        XCTAssertEqual(score, VietnameseScore(words: 3, syllables: 2))
        XCTAssertEqual(score.percent, 67)
        XCTAssertEqual(VietnameseScorer.score(utf8: Array("ascii only".utf8)).share, 0)
    }

    func testClearWinnerNeedsShareLeadAndEvidence() {
        let good = VietnameseScore(words: 100, syllables: 96)
        XCTAssertTrue(EncodingChooser.isClearWinner(good, over: VietnameseScore(words: 100, syllables: 30)))
        XCTAssertTrue(EncodingChooser.isClearWinner(good, over: nil))
        XCTAssertFalse(EncodingChooser.isClearWinner(good, over: VietnameseScore(words: 100, syllables: 80)), "too close")
        XCTAssertFalse(EncodingChooser.isClearWinner(VietnameseScore(words: 100, syllables: 70), over: nil), "too low")
        XCTAssertFalse(EncodingChooser.isClearWinner(VietnameseScore(words: 1, syllables: 1), over: nil), "one word")
    }

    func testSampleKeepsTheLinesWithNonASCIIBytes() {
        let bytes = Array("abc\nd\u{E9}f\nghi\r\nj\u{EA}\n".utf8)
        XCTAssertEqual(String(decoding: ScoringSample.of(bytes), as: UTF8.self), "d\u{E9}f\nj\u{EA}\n")
        let long = [UInt8](repeating: 0xEA, count: 200_000)
        XCTAssertEqual(ScoringSample.of(long).count, VietnameseScorer.sampleLimit)
    }
}
