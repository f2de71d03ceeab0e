import XCTest
@testable import DoiThoaiKit

final class CSVReaderTests: XCTestCase {
    func read(_ text: String, delimiter: Character? = nil) -> (records: [CSVRecord], error: CSVError?) {
        CSVReader(utf8: Array(text.utf8), delimiter: delimiter.map { $0.asciiValue! }).readAll()
    }

    func testQuotedFieldsWithEmbeddedNewlinesDelimitersAndDoubledQuotes() {
        let (records, error) = read("a,b\r\n1,\"x, \"\"y\"\"\r\nz\"\r\n2,w\r\n")
        XCTAssertNil(error)
        XCTAssertEqual(records, [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["1", "x, \"y\"\r\nz"]),
            CSVRecord(line: 4, fields: ["2", "w"]),
        ])
    }

    func testLineEndsLFAndCRAndNoFinalNewline() {
        XCTAssertEqual(read("a,b\n1,2").records.map(\.fields), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(read("a,b\r1,2\r").records.map(\.fields), [["a", "b"], ["1", "2"]])
    }

    func testEmptyFieldsAndBlankRecords() {
        let records = read("a,b,c\n,,\n\n1,,3\n").records
        XCTAssertEqual(records.map(\.fields), [["a", "b", "c"], ["", "", ""], [""], ["1", "", "3"]])
        XCTAssertTrue(records[1].isBlank)
        XCTAssertTrue(records[2].isBlank)
    }

    func testUnclosedQuoteKeepsEarlierRecordsAndNamesTheLine() {
        let (records, error) = read("a,b\n1,2\n3,\"never closed\n4,5\n")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(error?.line, 3)
    }

    func testDelimiterDetection() {
        let cases: [(String, Character)] = [
            ("STT,Nội dung,Đơn vị\n1,\"a, b\",x\n2,c,y\n", ","),
            ("STT;Nội dung;Đơn vị\n1;Đề nghị, kính mong;x\n2;c, d, e;y\n", ";"),
            ("STT\tNội dung\n1\tĐề nghị, kính mong\n", "\t"),
            ("STT|Nội dung\n1|\"a|b\"\n2|c\n", "|"),
            ("UBND XÃ HÀ QUẢNG\nDANH SÁCH\nSTT;Nội dung\n1;a, b\n2;c\n", ";"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(CSVDelimiter.detect(in: Array(text.utf8)), expected.asciiValue!, "text: \(text)")
        }
    }
}
