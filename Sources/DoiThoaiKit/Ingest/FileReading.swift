/// What reading one input file gave: every non-blank data row ends as a question or a rejection.
public struct FileReading<Row: Sendable>: Sendable {
    public var file: String
    public var encoding: TextEncoding?
    public var delimiter: String?
    /// Non-blank data records below the header row.
    public var rowsRead: Int
    /// Blank records (empty lines, `,,,,`) below the header: carry nothing, counted apart.
    public var blankRows: Int
    public var rows: [Row]
    public var rejections: [Rejection]
    /// Set when the whole file could not be used (not text, empty, no header).
    public var fileProblem: String?
    /// The record where the CSV could not be cut any more; rejected as one row by the reader.
    var brokenTail: CSVError?
    /// SHA-256 of the file's bytes and their count, to know next night whether it changed.
    public var contentHash = ""
    public var bytes = 0
    /// True when the file was not parsed again: unchanged since the last run, its reading
    /// given back by the registry.
    public var unchanged = false

    public init(file: String) {
        self.file = file
        rowsRead = 0
        blankRows = 0
        rows = []
        rejections = []
    }

    mutating func reject(row: Int, _ reason: String) {
        rejections.append(Rejection(file: file, row: row, reason: "Dòng \(row): \(reason)"))
    }

    mutating func rejectFile(_ reason: String) {
        fileProblem = reason
        rejections.append(Rejection(file: file, row: nil, reason: reason))
    }
}

/// Decodes and cuts a file into records, or explains in Vietnamese why it cannot be.
enum RecordSource {
    static func records<Row>(of bytes: [UInt8], into reading: inout FileReading<Row>) -> [CSVRecord]? {
        switch TextDecoder.utf8Bytes(of: bytes) {
        case .failure(let problem):
            reading.rejectFile(problem.reason)
        case .success(let (utf8, encoding)):
            reading.encoding = encoding
            let reader = CSVReader(utf8: utf8)
            reading.delimiter = String(UnicodeScalar(reader.delimiter))
            let (records, error) = reader.readAll()
            if let error {
                reading.brokenTail = error
            }
            return records
        }
        return nil
    }
}
