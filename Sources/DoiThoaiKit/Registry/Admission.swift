/// Decides, for each incoming row in order, whether it is a new question or one already known.
///
/// Pure: it takes what the registry holds and returns what to add, so `check` can run it
/// without writing, and tests need no database.
public struct Admission: Sendable {
    /// Questions to add to the registry, with their new codes.
    public private(set) var newQuestions: [Question] = []
    /// Rows that repeat a question already held (earlier run, earlier file or row).
    public private(set) var knownRows: [SourcePlace] = []

    private var codeByFingerprint: [String: String]
    private var nextSequence: Int
    private let codePrefix: String

    public init(known: [String: String], nextSequence: Int, codePrefix: String) {
        codeByFingerprint = known
        self.nextSequence = nextSequence
        self.codePrefix = codePrefix
    }

    /// An admission primed with the questions held (in code order), so that the registry's
    /// questions, loaded once per run, serve both admission and processing.
    public init(held: [Question], codePrefix: String) {
        let known = Dictionary(held.map { ($0.fingerprint, $0.code) }, uniquingKeysWith: { first, _ in first })
        self.init(known: known, nextSequence: (held.last?.sequence ?? 0) + 1, codePrefix: codePrefix)
    }

    /// Admits the rows in the order given (files by name, rows by line), so codes are
    /// handed out deterministically.
    ///
    /// Fingerprints are worked out first, side by side on every core (each depends on its
    /// row only); codes are then handed out in order, one row after another.
    public mutating func admit(_ rows: [IncomingQuestion]) {
        let fingerprints = ParallelJobs.perCore().mapChunks(rows, size: 4_096) { $0.map(Question.fingerprint(of:)) }
        for (row, fingerprint) in zip(rows, fingerprints) { admit(row, fingerprint: fingerprint) }
    }

    public mutating func admit(_ row: IncomingQuestion) {
        admit(row, fingerprint: Question.fingerprint(of: row))
    }

    private mutating func admit(_ row: IncomingQuestion, fingerprint: String) {
        if codeByFingerprint[fingerprint] != nil {
            knownRows.append(row.place)
            return
        }
        let code = Self.code(prefix: codePrefix, sequence: nextSequence)
        codeByFingerprint[fingerprint] = code
        newQuestions.append(Question(
            code: code, sequence: nextSequence, fingerprint: fingerprint, unitCode: row.unit.code,
            unitName: row.unit.name, text: row.text, asker: row.asker, category: row.category,
            suggestedTopic: row.suggestedTopic, submittedAt: row.submittedAt, source: row.place))
        nextSequence += 1
    }

    /// `CB25-0007`: four digits at least, so codes sort as text in a spreadsheet.
    public static func code(prefix: String, sequence: Int) -> String {
        let digits = String(sequence)
        return prefix + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
