/// The part every tabular input shares: decode, find the header row, then turn each
/// non-blank record below it into a row or a rejection. Question and answer files differ
/// only in their columns and their row parser.
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
        let headerIndex = records.prefix(Self.headerSearchDepth).firstIndex { isHeader($0.fields) }
        let dataRecords = headerIndex.map { records[($0 + 1)...] } ?? records[...]
        for record in dataRecords {
            if record.isBlank { reading.blankRows += 1; continue }
            reading.rowsRead += 1
            guard let headerIndex else {
                reading.reject(row: record.line, missingHeaderReason)
                continue
            }
            switch parseRow(records[headerIndex].fields, record) {
            case .success(let row): reading.rows.append(row)
            case .failure(let problem): reading.reject(row: record.line, problem.reason)
            }
        }
        if let error = reading.brokenTail {
            reading.rowsRead += 1
            reading.reject(row: error.line, "\(error.message); phần còn lại của tệp từ dòng này không đọc được — kiểm tra dấu ngoặc kép trong nội dung.")
        }
        return reading
    }
}

/// A row that cannot become a question or an answer, and why (Vietnamese, with how to fix it).
public struct RowProblem: Error, Equatable, Sendable {
    public var reason: String
}
