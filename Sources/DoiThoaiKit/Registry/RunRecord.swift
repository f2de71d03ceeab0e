import Foundation

/// What one run decided, recorded by the registry in one transaction.
public struct RunRecord: Sendable {
    public var newQuestions: [Question]
    public var groups: [QuestionGroup]
    /// Each group's topic, by group code.
    public var topics: [String: TopicAssignment]
    /// The input files found, read or unchanged; files of a kind not among them are forgotten.
    public var files: [SeenFile]
    public var settingsHash: String
    public var runAt: Date
    /// The run's row, begun when the run started; nil records a run without one.
    public var run: Int64?

    public init(newQuestions: [Question], groups: [QuestionGroup], topics: [String: TopicAssignment] = [:],
                files: [SeenFile] = [], settingsHash: String = "", runAt: Date, run: Int64? = nil) {
        self.newQuestions = newQuestions
        self.groups = groups
        self.topics = topics
        self.files = files
        self.settingsHash = settingsHash
        self.runAt = runAt
        self.run = run
    }
}
