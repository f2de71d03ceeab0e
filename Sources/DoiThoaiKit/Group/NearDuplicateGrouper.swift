/// Groups questions that raise the same concern in other words, across units.
///
/// Near-linear: each question is compared only with the anchors (first members) of a few
/// groups that share its rarest syllables and syllable pairs (`CandidateIndex`), never
/// with every other question. No chaining: a question joins a group only when it is similar enough
/// to that group's anchor, so A≈B and B≈C never pull an unrelated C into A's group.
/// Stable: questions are taken in code order, and groups given on earlier nights are kept
/// (`existing`), so a night's new questions join groups without renumbering them.
public struct NearDuplicateGrouper: Sendable {
    public var threshold: Double
    public var corrections: GroupCorrections

    public init(threshold: Double, corrections: GroupCorrections = .init()) {
        self.threshold = threshold
        self.corrections = corrections
    }

    /// Groups `questions`; `existing` maps a question code to the group it was given before.
    public func groups(of questions: [Question], existing: [String: String] = [:]) -> [QuestionGroup] {
        let inCodeOrder = zip(questions, questions.dropFirst()).allSatisfy { $0.sequence < $1.sequence }
        let ordered = inCodeOrder ? questions : questions.sorted { $0.sequence < $1.sequence }
        return placement(of: ordered, existing: existing).groups(of: ordered)
    }

    /// Places every question (in code order); the match space and the candidate index,
    /// most of the memory, are freed when this returns.
    func placement(of questions: [Question], existing: [String: String]) -> GroupPlacement {
        var state = GroupingState(space: MatchSpace(questions), needsCodes: !existing.isEmpty || !corrections.isEmpty)
        for document in questions.indices {
            state.place(document, existing: existing.isEmpty ? nil : existing[questions[document].code], grouper: self)
        }
        state.applySameAs(corrections)
        return state.placement()
    }
}
