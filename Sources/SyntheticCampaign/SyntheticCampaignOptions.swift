/// What to generate.
public struct SyntheticCampaignOptions: Sendable {
    /// Data rows over all question files: new questions, re-sent rows and bad rows together.
    public var questions: Int
    public var seed: UInt64
    /// Number of question files; by default one per commune or ward, three for the Youth
    /// Union, and more when that would put over ~17k rows in a file.
    public var files: Int?
    /// Share of the new questions that get an answer in `answers/`.
    public var answerShare: Double

    /// Share of new questions that reword an earlier question of another unit.
    public var nearDuplicateShare = 0.30
    /// Share of rows that repeat a row of the same file (same unit, asker and text): "already known".
    public var resentShare = 0.01
    /// Share of rows the pipeline rejects (no text, or text without letters).
    public var badShare = 0.005

    public init(questions: Int, seed: UInt64 = 1, files: Int? = nil, answerShare: Double = 0.4) {
        self.questions = questions
        self.seed = seed
        self.files = files
        self.answerShare = answerShare
    }
}

/// What was generated, written beside the input as `synthetic-campaign.json` so that a
/// benchmark knows what to expect (and the generator knows the folder is its own).
public struct SyntheticCampaignManifest: Codable, Equatable, Sendable {
    public static let fileName = "synthetic-campaign.json"

    public var seed: UInt64
    /// Data rows written, all files together (= `newQuestions + resentRows + badRows`).
    public var rows = 0
    public var questionFiles = 0
    /// Rows that get a code.
    public var newQuestions = 0
    /// New questions that reword an earlier one from another unit (they join its group).
    public var nearDuplicates = 0
    public var resentRows = 0
    public var badRows = 0
    public var answers = 0
    public var answerFiles = 0
    public var firstCode: String?
    public var lastCode: String?

    public init(seed: UInt64) {
        self.seed = seed
    }
}
