import Foundation

/// `run-report.json`: what a run read, accepted, knew already and rejected, and how long
/// each stage took. Its `rows` prove that nothing was lost: read = accepted + known + rejected.
public struct RunReport: Codable, Sendable {
    public struct Rows: Codable, Sendable, Equatable {
        public var read = 0
        public var accepted = 0
        public var known = 0
        public var rejected = 0

        /// The accounting rule of DESIGN.md §6.
        public var balances: Bool { read == accepted + known + rejected }
    }

    public struct FileEntry: Codable, Sendable {
        public var name: String
        /// `questions` or `answers`.
        public var kind: String
        public var encoding: String?
        public var delimiter: String?
        public var rows = Rows()
        /// Blank records (empty lines) below the header, which carry nothing.
        public var blank = 0
        /// Why the whole file could not be used, if so.
        public var problem: String?
        /// True when the file was not parsed again: unchanged since the last run (same
        /// bytes, same campaign.yml, same release); its counts are those of that reading.
        public var unchanged = false
    }

    public struct Answers: Codable, Sendable {
        public var files = 0
        public var rows = 0
        public var joined = 0
        public var rejected = 0
        public var rejections: [Rejection] = []
        /// Joined answers to be looked at (not asked, conflicting, late).
        public var notices: [Rejection] = []
    }

    /// The tasks followed (`nhiem-vu-theo-doi.csv`): counts by status, and the follow-up rows rejected.
    public struct FollowUpCounts: Codable, Sendable {
        public var carried: [String: Int] = [:]
        public var current: [String: Int] = [:]
        public var rejections: [Rejection] = []
    }

    public var schemaVersion = 1
    public var version = DoiThoai.version
    public var province: String
    public var year: Int
    public var startedAt: String
    public var today: String
    public var rows = Rows()
    public var rejections: [Rejection] = []
    public var files: [FileEntry] = []
    /// Questions the campaign holds after this run (this run's and earlier runs').
    public var questions = 0
    public var groups = 0
    public var review = 0
    public var answers = Answers()
    /// Staff corrections that could not be applied (unknown codes, unreadable rows).
    public var correctionRejections: [Rejection] = []
    /// Labelled questions the topic model learnt from (training files and topic corrections).
    public var trainingExamples = 0
    public var trainingRejections: [Rejection] = []
    public var statuses: [String: Int] = [:]
    /// Per department and per deadline: what the office chases.
    public var progress: Progress?
    public var followUp = FollowUpCounts()
    /// Seconds per stage, in stage order.
    public var seconds: [String: Double] = [:]
    public var outputs: [String] = []

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", version, province, year
        case startedAt = "started_at", today, rows, rejections, files, questions, groups, review
        case answers, correctionRejections = "correction_rejections", statuses, seconds, outputs
        case trainingExamples = "training_examples", trainingRejections = "training_rejections", progress
        case followUp = "follow_up"
    }
}

extension RunReport {
    /// Every problem with the data, as the summary and "Lỗi dữ liệu" list them: rejected
    /// question rows and files, rejected answers, rejected follow-up rows.
    public var allProblems: [Rejection] { rejections + answers.rejections + followUp.rejections }
}

/// The release's version, printed by `--version` and written in every report.
public enum DoiThoai {
    public static let version = "0.1.0"
}
