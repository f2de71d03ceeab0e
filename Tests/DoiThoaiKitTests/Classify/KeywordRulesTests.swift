import XCTest
@testable import DoiThoaiKit

/// Tone placement, weights and negative keywords of the keyword rules.
final class KeywordRulesTests: XCTestCase {
    func testToneAndPlacementStylesMatchAlike() {
        let topics = [Topic(code: "moi-truong", name: "Môi trường", lead: "SNNMT", keywords: ["hoà nhập", "thuỷ lợi"]),
                      Topic(code: "khac", name: "Khác", lead: "SNV")]
        let rules = KeywordClassifier(topics: topics, minConfidence: 0.5)
        for text in ["Kênh thủy lợi bị hỏng", "KÊNH THUỶ LỢI", "Thanh niên hòa nhập cộng đồng", "thuy loi xom em hong"] {
            XCTAssertEqual(rules.classify(text).topic, "moi-truong", text)
        }
    }

    func testWeightsAndNegativeKeywords() {
        let topics = [
            Topic(code: "khoi-nghiep", name: "Khởi nghiệp", lead: "STC", keywords: ["vốn", "vay vốn"],
                  keywordWeights: ["vay vốn": 3], negativeKeywords: ["vốn sống"]),
            Topic(code: "viec-lam", name: "Việc làm", lead: "SNV", keywords: ["việc làm", "học nghề"]),
            Topic(code: "khac", name: "Khác", lead: "SNV"),
        ]
        let rules = KeywordClassifier(topics: topics, minConfidence: 0.5)
        // "vay vốn" weighs 3 × 2 syllables (+1 for "vốn"): more than "việc làm" + "học nghề" (4).
        XCTAssertEqual(rules.classify("Vay vốn để học nghề tìm việc làm").topic, "khoi-nghiep")
        // A negative keyword rules the topic out, whatever else matched.
        let result = rules.classify("Thanh niên cần thêm vốn sống để tìm việc làm")
        XCTAssertEqual(result.topic, "viec-lam")
        XCTAssertNil(result.runnerUp)
    }
}

final class TopicClassifierTests: XCTestCase {
    let topics = [
        Topic(code: "khoi-nghiep", name: "Khởi nghiệp", lead: "STC", keywords: ["vay vốn"]),
        Topic(code: "chuyen-doi-so", name: "Chuyển đổi số", lead: "SKHCN", keywords: ["sóng điện thoại"]),
        Topic(code: "viec-lam", name: "Việc làm", lead: "SNV", keywords: ["việc làm"]),
        Topic(code: "khac", name: "Khác", lead: "SNV"),
    ]

    func testWithoutTrainingTheRulesDecide() {
        let classifier = TopicClassifier(topics: topics, minConfidence: 0.5, training: [])
        let rules = KeywordClassifier(topics: topics, minConfidence: 0.5)
        let texts = ["Đề nghị hỗ trợ vay vốn", "Mạng chập chờn quá"]
        XCTAssertEqual(classifier.classify(texts), rules.classify(texts))
    }

    /// Texts are classified in chunks on every core; each text's topic is the one it gets
    /// alone, in one pass with the others, whatever chunk it falls in.
    func testChunkedClassificationEqualsOnePass() {
        let classifier = TopicClassifier(topics: topics, minConfidence: 0.5, training: TopicModelTests.examples)
        let phrases = TopicModelTests.examples.map(\.text) + ["Mạng chập chờn quá", "Không rõ nội dung", "việc làm"]
        let texts = (0..<100).map { "\(phrases[$0 % phrases.count]) \(phrases[($0 / 7) % phrases.count])" }
        XCTAssertEqual(classifier.classify(texts, chunkSize: 9), classifier.classifyInOrder(texts))
    }

    func testTheModelDecidesWhereNoKeywordMatches() {
        let classifier = TopicClassifier(topics: topics, minConfidence: 0.5, training: TopicModelTests.examples)
        let result = classifier.classify(["Mạng internet chập chờn, không học trực tuyến được"])[0]
        XCTAssertEqual(result.topic, "chuyen-doi-so")
        XCTAssertFalse(result.evidence.isEmpty, "the words the model weighed are shown to reviewers")
        // A clear keyword still decides against a model that knows nothing of it.
        XCTAssertEqual(classifier.classify(["Bao giờ có sóng điện thoại"])[0].topic, "chuyen-doi-so")
    }
}
