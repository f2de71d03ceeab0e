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

    /// Fingerprints are worked out in chunks on several cores: across chunk boundaries the
    /// codes and the repeats found must be those of admitting one row after another.
    func testManyRowsAdmittedTogetherAsOneByOne() {
        let rows = (0..<10_000).map { index in
            // Every 7th row repeats one ~5,000 rows earlier, crossing chunks of 4,096.
            let text = index % 7 == 0 && index >= 5_000 ? "Câu hỏi số \(index - 4_999)" : "Câu hỏi số \(index)"
            return Fixtures.incoming(text, row: index + 2)
        }
        var together = Admission(known: [:], nextSequence: 1, codePrefix: "CB25")
        together.admit(rows)
        var oneByOne = Admission(known: [:], nextSequence: 1, codePrefix: "CB25")
        for row in rows { oneByOne.admit(row) }
        XCTAssertEqual(together.newQuestions, oneByOne.newQuestions)
        XCTAssertEqual(together.knownRows, oneByOne.knownRows)
        XCTAssertGreaterThan(together.knownRows.count, 500)
        XCTAssertEqual(together.newQuestions.count + together.knownRows.count, rows.count)
    }

    func testCodeFormat() {
        XCTAssertEqual(Admission.code(prefix: "TN25", sequence: 7), "TN25-0007")
        XCTAssertEqual(Admission.code(prefix: "TN25", sequence: 12345), "TN25-12345")
    }
}
