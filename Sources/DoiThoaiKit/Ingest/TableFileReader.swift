/// The part every tabular input shares: decode, find the header row, then turn each
/// non-blank record below it into a row or a rejection. Question and answer files differ
/// only in their columns and their row parser.
///
/// Every record below the header is accounted for: rows read = rows + rejections. A
/// record the CSV reader could not cut (a stray or unclosed quote) is rejected with its
/// line and the reader's reason; so is a record with more cells than the header.
struct TableFileReader {
    /// How far below the top the header row may be (title rows above it are common).
    static let headerSearchDepth = 20

    /// What a file without a usable header row is told, per row.
    let missingHeaderReason: String

    func read<Row>(
        file: String, bytes: [UInt8],
        isHeader: ([String]) -> Bool,
        parseRow: (_ header: [String], _ record: CSVRecord) -> Result<Row, RowProblem>
    ) -> FileReading<Row> {
        var reading = FileReading<Row>(file: file)
        guard let records = RecordSource.records(of: bytes, into: &reading) else { return reading }
        // A record with a quote problem has no trustworthy cells, so it is never the header.
        let headerIndex = records.prefix(Self.headerSearchDepth).firstIndex { $0.problem == nil && isHeader($0.fields) }
        if let headerIndex { Self.rejectMultiLineProblems(records[..<headerIndex], into: &reading) }
        let header = headerIndex.map { records[$0].fields }
        for record in headerIndex.map({ records[($0 + 1)...] }) ?? records[...] {
            if record.isBlank { reading.blankRows += 1; continue }
            reading.rowsRead += 1
            switch row(record, header: header, parseRow: parseRow) {
            case .success(let row): reading.rows.append(row)
            case .failure(let problem): reading.reject(row: record.line, problem.reason)
            }
        }
        if let error = reading.brokenTail {
            // The unclosed quote's record: one record under RFC 4180, so one rejected row.
            reading.rowsRead += 1
            reading.reject(row: error.line, error.message)
        }
        return reading
    }

    /// One data record as a row, or why not; reader problems first, since a broken
    /// record's cells mean nothing.
    private func row<Row>(
        _ record: CSVRecord, header: [String]?,
        parseRow: (_ header: [String], _ record: CSVRecord) -> Result<Row, RowProblem>
    ) -> Result<Row, RowProblem> {
        if let problem = record.problem { return .failure(RowProblem(reason: problem.message)) }
        guard let header else { return .failure(RowProblem(reason: missingHeaderReason)) }
        if let problem = Self.fieldCountProblem(record.fields, header: header) { return .failure(problem) }
        return parseRow(header, record)
    }

    /// More non-empty cells than the header has columns: a delimiter typed inside
    /// unquoted text, or a shifted row; reading it would put text under the wrong
    /// column. Fewer cells are accepted: exports often leave out trailing empty cells
    /// (Excel does on some rows), and a missing cell reads as empty.
    static func fieldCountProblem(_ fields: [String], header: [String]) -> RowProblem? {
        var count = fields.count
        while count > header.count, fields[count - 1].allSatisfy(\.isWhitespace) { count -= 1 }
        guard count > header.count else { return nil }
        return RowProblem(reason: "có \(count) cột trong khi dòng tiêu đề có \(header.count) cột — kiểm tra dấu phân cách và dấu ngoặc kép của dòng này.")
    }

    /// Title records above the header are skipped, even with a stray quote, unless the
    /// quote made one span several lines: then it may have swallowed rows, and saying
    /// nothing would lose them.
    static func rejectMultiLineProblems<Row>(_ titles: ArraySlice<CSVRecord>, into reading: inout FileReading<Row>) {
        for record in titles {
            guard let problem = record.problem, problem.endLine > problem.line else { continue }
            reading.rowsRead += 1
            reading.reject(row: record.line, problem.message)
        }
    }
}

/// A row that cannot become a question or an answer, and why (Vietnamese, with how to fix it).
public struct RowProblem: Error, Equatable, Sendable {
    public var reason: String
}

extension CSVError {
    /// What is wrong and how to fix it, in Vietnamese, for the clerk who made the file.
    public var message: String {
        let place = "ở dòng \(problemLine): “\(excerpt)”"
        let lines = endLine > line ? "dòng \(line)–\(endLine)" : "dòng \(line)"
        let span = endLine > line ? " (bản ghi này gồm \(lines))" : ""
        switch kind {
        case .unclosedQuote:
            return "dấu ngoặc kép mở ô \(place) không được đóng, nên phần còn lại của tệp (\(lines), đến hết tệp) "
                + "bị đọc thành một ô và không dùng được — thêm dấu ngoặc kép đóng ở cuối ô đó, hoặc nhân đôi "
                + "dấu ngoặc kép nếu nó là một phần nội dung (\"\"), rồi gửi lại tệp."
        case .quoteInUnquotedField:
            return "dấu ngoặc kép trong ô không được bao bởi ngoặc kép \(place)\(span) — đặt cả ô trong ngoặc kép "
                + "và nhân đôi dấu ngoặc kép bên trong, vd. \"Hỏi về \"\"vay vốn\"\"\"."
        case .textAfterClosingQuote:
            return "có chữ ngay sau dấu ngoặc kép đóng ô \(place)\(span) — nếu dấu ngoặc kép là một phần nội dung, "
                + "đặt cả ô trong ngoặc kép và nhân đôi nó (\"\"); nếu không, xóa phần chữ thừa."
        }
    }
}
