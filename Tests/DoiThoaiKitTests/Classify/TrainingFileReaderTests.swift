import XCTest
@testable import DoiThoaiKit

final class TrainingFileReaderTests: XCTestCase {
    let reader = TrainingFileReader(topics: [
        Topic(code: "viec-lam", name: "Việc làm, đào tạo nghề", lead: "SNV"), Topic(code: "khac", name: "Khác", lead: "SNV"),
    ])

    func testReadsCodesAndNamesAndRejectsUnknownTopicsWithTheChoices() {
        let text = """
        STT,Nội dung,Nhóm vấn đề
        1,Học nghề miễn phí cho thanh niên,viec-lam
        2,Thủ tục làm căn cước,Khác
        3,Đường vào bản bị sạt lở,moi-truong
        4,,viec-lam
        """
        let reading = reader.read(file: "2024.csv", bytes: Array(text.utf8))
        XCTAssertEqual(reading.rows.map(\.topic), ["viec-lam", "khac"])
        XCTAssertEqual(reading.rejections.map(\.row), [4, 5])
        XCTAssertTrue(reading.rejections[0].reason.contains("\"moi-truong\" không có trong campaign.yml — ghi một mã: viec-lam, khac"),
                      reading.rejections[0].reason)
    }
}

final class TopicCorrectionTests: XCTestCase {
    func testTopicCorrectionsAreReadCheckedAndOverrideTheClassifier() {
        let text = """
        Mã câu hỏi,Sửa,Mã liên quan
        cb25-0003,Nhóm vấn đề,Khởi nghiệp
        CB25-0004,nhóm vấn đề,không-có
        CB25-0999,nhóm vấn đề,khac
        """
        let corrections = CorrectionFileReader().read(file: "sua.csv", bytes: Array(text.utf8)).rows
        XCTAssertEqual(corrections.map(\.kind), [.topic, .topic, .topic])
        var rejections: [Rejection] = []
        let known: Set = ["CB25-0001", "CB25-0002", "CB25-0003", "CB25-0004"]
        let topics = TopicCorrections.of(corrections, knownCodes: known, topics: Fixtures.campaign.topics, rejections: &rejections)
        XCTAssertEqual(topics, ["CB25-0003": "khoi-nghiep"])
        XCTAssertEqual(rejections.map(\.row), [3, 4])

        let questions = Fixtures.snapshot().questions.map(\.question)
        let snapshot = Processing.snapshot(campaign: Fixtures.campaign, questions: questions, answers: [], today: Fixtures.answerDay,
                                           classification: ClassificationInput(topicCorrections: topics))
        let corrected = snapshot.questions.first { $0.question.code == "CB25-0003" }!
        XCTAssertEqual(corrected.assignment.topic, "khoi-nghiep")
        XCTAssertEqual(corrected.assignment.confidence, 1)
        XCTAssertFalse(corrected.assignment.review)
        XCTAssertEqual(corrected.routing.lead, "STC")
    }
}

final class CorrectionsTeachTheModelTests: XCTestCase {
    func testACorrectedQuestionIsLearntFromForOtherGroups() {
        let questions = Fixtures.questions([
            Fixtures.incoming("Hỗ trợ thanh niên nuôi ong lấy mật rừng"),
            Fixtures.incoming("Kỹ thuật nuôi ong mật cho bản em", unit: Fixtures.tinhDoan),
        ])
        func topic(of code: String, corrections: [String: String]) -> String {
            let input = ClassificationInput(training: TopicModelTests.examples, topicCorrections: corrections)
            let snapshot = Processing.snapshot(campaign: Fixtures.campaign, questions: questions, answers: [],
                                               today: Fixtures.answerDay, classification: input)
            XCTAssertEqual(Set(snapshot.questions.map(\.group)).count, 2, "the fixture needs two groups")
            return snapshot.questions.first { $0.question.code == code }!.assignment.topic
        }
        XCTAssertNotEqual(topic(of: "CB25-0002", corrections: [:]), "viec-lam")
        XCTAssertEqual(topic(of: "CB25-0002", corrections: ["CB25-0001": "viec-lam"]), "viec-lam")
    }
}
