/// Groups questions that raise the same concern in other words, across units.
///
/// Near-linear: each question is compared only with the anchors (first members) of groups
/// that share one of its rarer syllable bigrams (an inverted index), never with every
/// other question. No chaining: a question joins a group only when it is similar enough
/// to that group's anchor, so A≈B and B≈C never pull an unrelated C into A's group.
/// Stable: questions are taken in code order, and groups given on earlier nights are kept
/// (`existing`), so a night's new questions join groups without renumbering them.
public struct NearDuplicateGrouper: Sendable {
    public var threshold: Double
    public var corrections: GroupCorrections
    /// Candidate anchors compared exactly per question, the most promising first.
    static let candidateLimit = 24

    public init(threshold: Double, corrections: GroupCorrections = .init()) {
        self.threshold = threshold
        self.corrections = corrections
    }

    /// Groups `questions`; `existing` maps a question code to the group it was given before.
    public func groups(of questions: [Question], existing: [String: String] = [:]) -> [QuestionGroup] {
        let space = MatchSpace(questions.sorted { $0.sequence < $1.sequence })
        let documents = space.documents
        var state = GroupingState(space: space)
        for index in documents.indices {
            state.place(index, existing: existing[documents[index].code], grouper: self)
        }
        state.applySameAs(corrections)
        return state.groups()
    }
}
