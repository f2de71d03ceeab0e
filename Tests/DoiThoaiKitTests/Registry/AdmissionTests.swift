import XCTest
@testable import DoiThoaiKit

final class AdmissionTests: XCTestCase {
    func testCodesFollowArrivalAndRepeatsAreKnown() {
        var admission = Admission(known: [:], nextSequence: 1, codePrefix: "CB25")
        admission.admit([
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn", row: 2),
            Fixtures.incoming("Bao giờ có sóng 4G?", row: 3),
            // The same row re-sent with other spacing, case and punctuation: known.
            Fixtures.incoming("đề nghị  hỗ trợ vay vốn.", file: "b.csv", row: 2),
            // The same text from another unit: a new question (grouping joins them later).
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn", unit: Fixtures.thucPhan, file: "b.csv", row: 3),
        ])
        XCTAssertEqual(admission.newQuestions.map(\.code), ["CB25-0001", "CB25-0002", "CB25-0003"])
        XCTAssertEqual(admission.knownRows, [SourcePlace(file: "b.csv", row: 2)])
    }

    func testAskerNameTellsTwoPeopleApart() {
        var admission = Admission(known: [:], nextSequence: 1, codePrefix: "CB25")
        admission.admit([Fixtures.incoming("Câu hỏi", name: "Nông Văn A"), Fixtures.incoming("Câu hỏi", name: "Lý Thị B")])
        XCTAssertEqual(admission.newQuestions.count, 2)
    }

    func testCodeFormat() {
        XCTAssertEqual(Admission.code(prefix: "TN25", sequence: 7), "TN25-0007")
        XCTAssertEqual(Admission.code(prefix: "TN25", sequence: 12345), "TN25-12345")
    }
}
