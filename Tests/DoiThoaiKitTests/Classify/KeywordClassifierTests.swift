import XCTest
@testable import DoiThoaiKit

final class KeywordClassifierTests: XCTestCase {
    let topics = [
        Topic(code: "viec-lam", name: "Việc làm", lead: "SNV", keywords: ["việc làm", "học nghề"]),
        Topic(code: "khoi-nghiep", name: "Khởi nghiệp", lead: "STC", co: ["SNV"], keywords: ["vay vốn", "khởi nghiệp"]),
        Topic(code: "chuyen-doi-so", name: "Chuyển đổi số", lead: "SKHCN", keywords: ["sóng điện thoại", "4g", "ai"]),
        Topic(code: "an-ninh", name: "An ninh", lead: "CAT", keywords: ["an ninh mạng", "ma túy"]),
        Topic(code: "khac", name: "Khác", lead: "SNV"),
    ]

    func classify(_ text: String) -> TopicAssignment {
        KeywordClassifier(topics: topics, minConfidence: 0.5).classify(text)
    }

    func testMultiSyllableKeywordDecidesWithConfidence() {
        let result = classify("Bao giờ xóm em có sóng điện thoại 4G?")
        XCTAssertEqual(result.topic, "chuyen-doi-so")
        XCTAssertFalse(result.review)
        XCTAssertEqual(Set(result.evidence), ["sóng điện thoại", "4g"])
    }

    func testTextWithoutDiacriticsMatchesFoldedKeywords() {
        XCTAssertEqual(classify("de nghi ho tro vay von khoi nghiep").topic, "khoi-nghiep")
    }

    func testCaseAndDecompositionDoNotMatter() {
        let nfd = "Vay Vốn để khởi nghiệp".decomposedStringWithCanonicalMapping
        XCTAssertEqual(classify(nfd).topic, "khoi-nghiep")
    }

    func testKeywordsMatchWholeSyllablesOnly() {
        // "ai" must not match inside "mai" or "hai", nor "4g" inside "44g".
        let result = classify("Ngày mai hai bạn đi chơi")
        XCTAssertEqual(result.topic, "khac")
        XCTAssertEqual(result.confidence, 0)
        XCTAssertTrue(result.review)
    }

    func testMarkedTextDoesNotMatchAKeywordThatDiffersOnlyByDiacritics() {
        // "mà tùy" is not "ma túy".
        XCTAssertEqual(classify("Em làm gì cũng được, mà tùy bạn").topic, "khac")
    }

    func testOneShortKeywordAloneGoesToReview() {
        let result = classify("Tỉnh có dạy AI cho thanh niên không?")
        XCTAssertEqual(result.topic, "chuyen-doi-so")
        XCTAssertLessThan(result.confidence, 0.5)
        XCTAssertTrue(result.review)
    }

    func testMixedEvidenceLowersConfidenceAndNamesRunnerUp() {
        let clear = classify("Đề nghị hỗ trợ vay vốn khởi nghiệp")
        let mixed = classify("Đề nghị hỗ trợ vay vốn để học nghề tìm việc làm")
        XCTAssertGreaterThan(clear.confidence, mixed.confidence)
        XCTAssertNotNil(mixed.runnerUp)
    }
}
