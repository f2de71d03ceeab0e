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
        XCTAssertEqual(records.map(\.isBlank), [false, true, true, false])
    }

    /// RFC 4180 reads an unclosed quote to the end of the file: one record, reported with
    /// the lines it swallowed. Reading on from the next line could turn the rest of a
    /// multi-line cell into rows that look clean; the clerk fixes one quote and resends.
    func testUnclosedQuoteKeepsEarlierRecordsAndSwallowsTheRestAsOneRecord() {
        let text = "a,b\n1,2\n3,\"never closed\n4,5\n"
        let (records, error) = read(text)
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(error?.kind, .unclosedQuote)
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.endLine, 4, "the trailing newline starts no line 5")
        XCTAssertEqual(error?.excerpt, "3,\"never closed")
        XCTAssertEqual(stream(text).last?.problem, error, "forEachRecord gives it as the last record")
    }

    func stream(_ text: String) -> [CSVRecord] {
        var records: [CSVRecord] = []
        CSVReader(utf8: Array(text.utf8)).forEachRecord { records.append($0) }
        return records
    }

    struct WrongRecordCount: Error {}

    /// The records of `text`, failing (not crashing on an index) when there are not `count`.
    func stream(_ text: String, count: Int, file: StaticString = #filePath, line: UInt = #line) throws -> [CSVRecord] {
        let records = stream(text)
        guard records.count == count else {
            XCTFail("expected \(count) records, got \(records.count): \(records)", file: file, line: line)
            throw WrongRecordCount()
        }
        return records
    }

    func testQuoteInUnquotedFieldIsOneProblemRecordAndReadingGoesOn() throws {
        let records = try stream("a,b\n1,màn hình 15\" bị hỏng\n2,z\n", count: 3)
        XCTAssertEqual(records[0], CSVRecord(line: 1, fields: ["a", "b"]))
        XCTAssertEqual(records[1].problem?.kind, .quoteInUnquotedField)
        XCTAssertEqual(records[1].line, 2)
        XCTAssertEqual(records[1].fields, [], "a broken record's cells are not offered")
        XCTAssertFalse(records[1].isBlank)
        XCTAssertEqual(records[1].problem?.excerpt, "1,màn hình 15\" bị hỏng")
        XCTAssertEqual(records[2], CSVRecord(line: 3, fields: ["2", "z"]), "the lone quote costs its own line only")
    }

    func testTextAfterClosingQuoteIsOneProblemRecordAndReadingGoesOn() throws {
        let records = try stream("a,b\r\n1,\"Hỏi về \"vay vốn\" ạ\",x\r\n2,z", count: 3)
        XCTAssertEqual(records.map(\.problem?.kind), [nil, .textAfterClosingQuote, nil])
        XCTAssertEqual(records.map(\.line), [1, 2, 3])
        XCTAssertEqual(records[1].problem?.endLine, 2)
        XCTAssertEqual(records[2].fields, ["2", "z"])
    }

    /// Resynchronisation is at the next line end outside quotes: a quoted cell after the
    /// broken one keeps its line breaks, so its second line does not become a row.
    func testResynchronisationKeepsALaterMultiLineCellInTheBrokenRecord() throws {
        let records = try stream("a,b,c\n1,x\"y,\"dòng 1\r\ndòng \"\"2\"\"\"\n2,z,w\n", count: 3)
        XCTAssertEqual(records.map(\.line), [1, 2, 4])
        XCTAssertEqual(records[1].problem?.kind, .quoteInUnquotedField)
        XCTAssertEqual(records[1].problem?.problemLine, 2)
        XCTAssertEqual(records[1].problem?.endLine, 3)
        XCTAssertEqual(records[2].fields, ["2", "z", "w"])
    }

    func testProblemInASecondLineOfARecordNamesBothLines() throws {
        let records = try stream("h,i\n\"a\nb\",c\"d\nnext,row", count: 3)
        XCTAssertEqual(records[1].line, 2)
        XCTAssertEqual(records[1].problem?.problemLine, 3)
        XCTAssertEqual(records[2], CSVRecord(line: 4, fields: ["next", "row"]))
    }

    /// CRLF inside quotes is one line end; so are LF and a lone CR.
    func testLineNumbersAfterEmbeddedLineEnds() {
        let records = stream("h\r\n\"a\r\nb\"\r\n\"c\nd\ne\"\r\n\"f\rg\"\rlast")
        XCTAssertEqual(records.map(\.line), [1, 2, 4, 7, 9])
        XCTAssertEqual(records.map(\.fields), [["h"], ["a\r\nb"], ["c\nd\ne"], ["f\rg"], ["last"]])
    }

    func testFinalRecordWithoutNewline() {
        XCTAssertEqual(stream("a,b\n\"x\ny\",\"\""), [
            CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["x\ny", ""]),
        ])
        XCTAssertEqual(stream("a,b\n1,").last, CSVRecord(line: 2, fields: ["1", ""]))
    }

    func testLoneCRLineEnds() {
        XCTAssertEqual(stream("a,b\r1,2\r\r3,\"x\ry\"\r4,5"), [
            CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"]),
            CSVRecord(line: 3, fields: [""]), CSVRecord(line: 4, fields: ["3", "x\ry"]),
            CSVRecord(line: 6, fields: ["4", "5"]),
        ])
    }

    /// Spaces before an opening quote are padding (the writer meant a quoted cell), and so
    /// are spaces after the closing one; spaces before other text are data.
    func testSpaceAroundAQuotedFieldIsPadding() {
        XCTAssertEqual(read("a, \"b, c\" ,d, e").records.map(\.fields), [["a", "b, c", "d", " e"]])
        XCTAssertEqual(read("a\t \"b\"\t c", delimiter: "\t").records.map(\.fields), [["a", "b", " c"]])
    }

    func testOneMegabyteField() throws {
        let chunk = "Đề nghị, \"hỗ trợ\"\r\nvay vốn "
        let value = String(repeating: chunk, count: 1_048_576 / chunk.utf8.count + 1)
        let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let records = try stream("a,b\n1,\(quoted)\n2,\(String(repeating: "x", count: 1_048_576))\n3,z", count: 4)
        XCTAssertGreaterThan(value.utf8.count, 1_048_576)
        XCTAssertEqual(records[1].fields, ["1", value])
        XCTAssertEqual(records[2].fields.last?.utf8.count, 1_048_576)
        let breaks = value.components(separatedBy: "\r\n").count - 1
        XCTAssertEqual(records.map(\.line), [1, 2, 3 + breaks, 4 + breaks], "CRLF inside the cell counts once")
    }

    /// The excerpt stays on the offending line and never cuts a Vietnamese letter in half.
    func testExcerptIsShortAndCutAtCharacterBoundaries() {
        let before = String(repeating: "Đề nghị ", count: 10), after = String(repeating: " hỗ trợ", count: 10)
        let excerpt = stream("h\nx,\(before)\"\(after)\nnext").dropFirst().first?.problem?.excerpt ?? ""
        XCTAssertTrue(excerpt.hasPrefix("…") && excerpt.hasSuffix("…"), excerpt)
        XCTAssertTrue(excerpt.contains("\"") && !excerpt.contains("\u{FFFD}") && !excerpt.contains("\n"), excerpt)
        XCTAssertLessThanOrEqual(excerpt.utf8.count, 90)
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

/// How the reader's record problems reach the clerk: as rejected rows, with their line
/// and reason, every record accounted for.
final class CSVTableRejectionTests: XCTestCase {
    func readTable(_ text: String) -> FileReading<[String]> {
        TableFileReader(missingHeaderReason: "no header").read(
            file: "t.csv", bytes: Array(text.utf8), isHeader: { $0.first == "STT" }) { _, record in .success(record.fields) }
    }

    func testProblemRecordsAreRejectedRowsAndEveryRowIsCounted() {
        let reading = readTable("UBND XÃ \"ĐÀM THỦY\"\nSTT,Nội dung\n1,a\"b\n2,ok\n\n3,\"x\" y\n4,\"không đóng\n5,z\n")
        XCTAssertEqual(reading.rows, [["2", "ok"]])
        XCTAssertEqual(reading.rejections.map(\.row), [3, 6, 7], "the one-line title with a stray quote is skipped")
        XCTAssertEqual(reading.rowsRead, reading.rows.count + reading.rejections.count)
        XCTAssertEqual(reading.blankRows, 1)
        let reasons = reading.rejections.map(\.reason)
        XCTAssertTrue(reasons[0].hasPrefix("Dòng 3: dấu ngoặc kép trong ô không được bao bởi ngoặc kép ở dòng 3: “1,a\"b”"), reasons[0])
        XCTAssertTrue(reasons[0].contains("đặt cả ô trong ngoặc kép và nhân đôi dấu ngoặc kép bên trong"), reasons[0])
        XCTAssertTrue(reasons[1].hasPrefix("Dòng 6: có chữ ngay sau dấu ngoặc kép đóng ô"), reasons[1])
        XCTAssertTrue(reasons[2].contains("phần còn lại của tệp (dòng 7–8, đến hết tệp)"), reasons[2])
    }

    /// A stray quote in a title row that ran over several lines may have hidden rows:
    /// it is reported even though it is above the header.
    func testMultiLineProblemAboveTheHeaderIsReported() {
        let reading = readTable("DANH SÁCH \"Ý KIẾN, \"tổng hợp\nđợt 1\"\nSTT,Nội dung\n1,a\n")
        XCTAssertEqual(reading.rows, [["1", "a"]])
        XCTAssertEqual(reading.rejections.map(\.row), [1])
        XCTAssertTrue(reading.rejections.first?.reason.contains("bản ghi này gồm dòng 1–2") ?? false)
        XCTAssertEqual(reading.rowsRead, 2)
    }

    func testMoreCellsThanTheHeaderIsRejectedAndTrailingEmptyCellsAreNot() {
        let reading = readTable("STT,Nội dung\n1,a,,\n2,b,c\n3\n")
        XCTAssertEqual(reading.rows, [["1", "a", "", ""], ["3"]])
        XCTAssertEqual(reading.rejections.map(\.row), [3])
    }

    func testStreamingGivesTheRecordsReadAllGives() {
        let text = "a,b\n1,\"x\ny\"\n2,c\"d\n3,\"e\"f\n4,g\n5,\"h"
        var streamed: [CSVRecord] = []
        CSVReader(utf8: Array(text.utf8)).forEachRecord { streamed.append($0) }
        let (records, error) = CSVReader(utf8: Array(text.utf8)).readAll()
        XCTAssertEqual(streamed.dropLast(), records[...])
        XCTAssertEqual(streamed.last?.problem, error)
        XCTAssertEqual(streamed.map(\.line), [1, 2, 4, 5, 6, 7])
        XCTAssertEqual(Array(CSVReader(utf8: Array(text.utf8))), streamed, "a Sequence too")
    }
}
