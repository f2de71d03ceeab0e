import XCTest
@testable import DoiThoaiKit

/// A real public import: UIT-ViCoV19QA's questions from the public (research use only,
/// read where it lies in ../shared/testdata): `|`-delimited, quoted answers spanning lines.
final class RealImportTests: XCTestCase {
    let unit = CampaignUnit(code: "TD", name: "Tỉnh đoàn", kind: "Tỉnh đoàn")

    /// 3,500, 500 and 500 records. One record of the training split (id 4391, line 1610)
    /// has an empty Question upstream (Python's csv module agrees): it is the one rejection.
    func testUITViCoV19QAReadsEveryRecordAndRejectsOnlyTheEmptyQuestion() throws {
        let expected = ["UIT-ViCoV19QA_train.csv": 3500, "UIT-ViCoV19QA_val.csv": 500, "UIT-ViCoV19QA_test.csv": 500]
        let reader = QuestionFileReader(units: UnitResolver(units: [unit]))
        for (file, count) in expected.sorted(by: { $0.key < $1.key }) {
            let reading = reader.read(file: file, bytes: try TestData.bytes("uit-vicov19qa/1_ans/\(file)"))
            XCTAssertEqual(reading.delimiter, "|", file)
            XCTAssertEqual(reading.rowsRead, count, file)
            XCTAssertEqual(reading.rows.count + reading.rejections.count, count, file)
            if file == "UIT-ViCoV19QA_train.csv" {
                XCTAssertEqual(reading.rejections.map(\.row), [1610])
                XCTAssertTrue(reading.rejections.first?.reason.contains("thiếu nội dung câu hỏi") ?? false)
            } else {
                XCTAssertEqual(reading.rejections, [], file)
            }
        }
    }

    func testUITViCoV19QASourceRowsPointAtTheRecordsFirstLine() throws {
        let bytes = try TestData.bytes("uit-vicov19qa/1_ans/UIT-ViCoV19QA_val.csv")
        let reading = QuestionFileReader(units: UnitResolver(units: [unit])).read(file: "val.csv", bytes: bytes)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for question in reading.rows.prefix(200) {
            // A quoted question may open with a line break right after its quote.
            let start = lines[(question.place.row - 1)...].prefix(2).joined(separator: "\n")
            let opening = String(question.text.split(whereSeparator: \.isNewline).first!.prefix(20))
            XCTAssertTrue(start.replacingOccurrences(of: "\r", with: "").contains(opening), "row \(question.place.row): \(start.prefix(80))")
        }
    }
}
