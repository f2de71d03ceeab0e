import Foundation

/// The kinds of input file, each a subfolder of the input folder.
public enum InputKind: String, CaseIterable, Codable, Sendable {
    case questions, answers, corrections, training
    case followUp = "follow-up"

    /// Where the registry keeps this kind's rows. Questions have their own table, keyed by
    /// fingerprint, so an unchanged question file's rows need nothing more: all are held.
    var rowTable: String? {
        switch self {
        case .questions: return nil
        case .answers: return "answer"
        case .corrections: return "correction"
        case .training: return "training_example"
        case .followUp: return "follow_up"
        }
    }
}

/// What reading a file gave, without its rows: kept so that an unchanged file need not be
/// read again, and its rejections are still reported every night.
public struct FileSummary: Codable, Equatable, Sendable {
    public var encoding: TextEncoding?
    public var delimiter: String?
    public var rowsRead: Int
    public var blankRows: Int
    public var problem: String?
    public var rejections: [Rejection]
}

/// An input file as a run found it, to be remembered by the registry.
public struct SeenFile: Sendable {
    public var kind: InputKind
    public var name: String
    public var contentHash: String
    public var bytes: Int
    public var summary: FileSummary
    /// The rows to store as JSON by line, for kinds other than questions; nil when the file
    /// is unchanged and the registry already holds them.
    public var rows: (any StoredRows)?
    public var changed: Bool
}

/// A file's rows as the registry stores them: each as JSON by its line.
///
/// Encoded only as they are stored, one at a time, on the registry's worker beside the
/// writing: encoded up front, on the main path before the writing, the answer rows of a
/// 100k night took 0.39 s (perf) and their JSON stayed in memory the whole write stage
/// (21 MB, heaptrack; both about ten times that at 1M).
public protocol StoredRows: Sendable {
    /// Gives `body` each row's line and JSON, in file order.
    func forEachEncoded(_ body: (_ row: Int, _ payload: String) throws -> Void) throws
}

/// Rows of a kind the registry keeps, JSON-encoded with sorted keys.
struct EncodableRows<Row: Encodable & Placed & Sendable>: StoredRows {
    let rows: [Row]

    func forEachEncoded(_ body: (_ row: Int, _ payload: String) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for row in rows {
            try body(row.place.row, String(decoding: try encoder.encode(row), as: UTF8.self))
        }
    }
}

/// What the registry remembers of one file from the last run that read it.
struct RememberedFile: Sendable {
    var contentHash: String
    var settingsHash: String
    var summary: FileSummary
}

/// The registry's memory of the input files, loaded once per run: tells whether a file is
/// unchanged (same bytes, same campaign.yml, same release) and gives back its reading.
public struct FileMemory: Sendable {
    let files: [InputKind: [String: RememberedFile]]
    /// campaign.yml and the release: files read under other settings are read again.
    let settingsHash: String
    let rowsLoader: @Sendable (InputKind, String) throws -> [String]

    /// No memory: every file is read (`check`, or a first run).
    public static let none = FileMemory(files: [:], settingsHash: "", rowsLoader: { _, _ in [] })

    /// The settings hash of a campaign file's bytes under this release.
    public static func settingsHash(campaignFile bytes: [UInt8]) -> String {
        SHA256.hex(bytes + Array("\u{0}doithoai \(DoiThoai.version)".utf8))
    }

    /// The file's earlier reading when its bytes and the settings are unchanged, its rows
    /// decoded from the registry; nil when it must be read.
    func reading<Row: Decodable>(_ kind: InputKind, name: String, contentHash: String, as _: Row.Type) throws -> FileReading<Row>? {
        guard let remembered = unchanged(kind, name: name, contentHash: contentHash) else { return nil }
        let decoder = JSONDecoder()
        let rows = try rowsLoader(kind, name).map { try decoder.decode(Row.self, from: Data($0.utf8)) }
        return FileReading(file: name, remembered: remembered.summary, rows: rows)
    }

    /// For question files: the rows are all held by the registry already, so none are given.
    func questionReading(name: String, contentHash: String) -> FileReading<IncomingQuestion>? {
        unchanged(.questions, name: name, contentHash: contentHash).map {
            FileReading(file: name, remembered: $0.summary, rows: [])
        }
    }

    private func unchanged(_ kind: InputKind, name: String, contentHash: String) -> RememberedFile? {
        guard let remembered = files[kind]?[name], remembered.contentHash == contentHash,
              remembered.settingsHash == settingsHash else { return nil }
        return remembered
    }
}

extension FileReading {
    /// A reading given back by the registry for a file unchanged since the last run.
    init(file: String, remembered summary: FileSummary, rows: [Row]) {
        self.init(file: file)
        encoding = summary.encoding
        delimiter = summary.delimiter
        rowsRead = summary.rowsRead
        blankRows = summary.blankRows
        fileProblem = summary.problem
        rejections = summary.rejections
        self.rows = rows
        unchanged = true
    }

    var summary: FileSummary {
        FileSummary(encoding: encoding, delimiter: delimiter, rowsRead: rowsRead, blankRows: blankRows,
                    problem: fileProblem, rejections: rejections)
    }
}

extension FileMemory {
    /// The `reuse` function `Ingestion.read` takes, for a kind whose rows the registry keeps.
    func reuse<Row: Decodable>(_ kind: InputKind) -> (String, String) throws -> FileReading<Row>? {
        { name, hash in try reading(kind, name: name, contentHash: hash, as: Row.self) }
    }
}

extension FileReading {
    /// This reading as the registry remembers it; rows are stored only when the file was
    /// parsed this run (an unchanged file's rows are held already).
    func seen(_ kind: InputKind, rows stored: (any StoredRows)?) -> SeenFile {
        SeenFile(kind: kind, name: file, contentHash: contentHash, bytes: bytes, summary: summary,
                 rows: unchanged ? nil : stored, changed: !unchanged)
    }
}

extension FileReading where Row: Encodable & Placed & Sendable {
    func seen(_ kind: InputKind) -> SeenFile {
        seen(kind, rows: EncodableRows(rows: rows))
    }
}

/// A row that knows the file line it came from.
public protocol Placed {
    var place: SourcePlace { get }
}

extension Answer: Placed {}
extension Correction: Placed {}
extension TrainingRow: Placed {}
extension Commitment: Placed {}
