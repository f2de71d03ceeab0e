import XCTest
@testable import DoiThoaiKit

final class TopicModelTests: XCTestCase {
    static let examples: [TopicModel.Example] = [
        ("Đề nghị hỗ trợ vay vốn khởi nghiệp nuôi bò", "khoi-nghiep"), ("Thanh niên muốn vay vốn làm trang trại", "khoi-nghiep"),
        ("Mức vay vốn ưu đãi cho hợp tác xã của thanh niên", "khoi-nghiep"), ("Vốn vay khởi nghiệp trồng dẻ", "khoi-nghiep"),
        ("Xóm em chưa có sóng điện thoại", "chuyen-doi-so"), ("Sóng di động chập chờn, không học trực tuyến được", "chuyen-doi-so"),
        ("Bao giờ có trạm phát sóng 4G ở bản", "chuyen-doi-so"), ("Mạng internet yếu, cần thêm trạm BTS", "chuyen-doi-so"),
        ("Học nghề miễn phí cho thanh niên nông thôn", "viec-lam"), ("Giới thiệu việc làm cho lao động trở về", "viec-lam"),
        ("Tìm việc làm ở khu công nghiệp", "viec-lam"), ("Xuất khẩu lao động Hàn Quốc cần điều kiện gì", "viec-lam"),
    ].map { TopicModel.Example(text: $0, topic: $1) }

    func testLearnsTopicsFromExamplesAndExplainsThem() {
        let model = TopicModel(examples: Self.examples)
        let prediction = model.predict("Em muốn vay vốn để khởi nghiệp chăn nuôi")
        let best = prediction.probabilities.max { $0.value < $1.value }!
        XCTAssertEqual(best.key, "khoi-nghiep")
        XCTAssertEqual(prediction.probabilities.values.reduce(0, +), 1, accuracy: 1e-5)
        XCTAssertTrue(prediction.evidence.contains { $0.contains("vay") || $0.contains("vốn") }, "\(prediction.evidence)")
        XCTAssertEqual(model.predict("xom em khong co song dien thoai").probabilities.max { $0.value < $1.value }!.key,
                       "chuyen-doi-so", "text typed without diacritics uses the folded features")
    }

    func testTheOrderOfExamplesDoesNotChangeTheModel() {
        let a = TopicModel(examples: Self.examples).predict("việc làm cho thanh niên").probabilities
        let b = TopicModel(examples: Self.examples.reversed()).predict("việc làm cho thanh niên").probabilities
        XCTAssertEqual(a, b)
    }

    func testEvidenceIsSpelledAsInTheText() {
        XCTAssertEqual(TextFeatures.spelled(["b:vay vôn^1", "f:khoi"], in: "Đề nghị cho VAY VỐN, khởi nghiệp"), ["vay vốn", "khởi"])
    }
}
