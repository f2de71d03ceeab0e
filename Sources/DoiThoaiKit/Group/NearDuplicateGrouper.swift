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
    /// most of the memory, are freed when this returns. Side by side on the schedule's
    /// workers, in batches, with the groups one after another would give.
    func placement(of questions: [Question], existing: [String: String], schedule: PlacementSchedule = .perCore,
                   visitBudget: Int = 1024) -> GroupPlacement {
        let space = MatchSpace(questions, jobs: schedule.jobs)
        var state = GroupingState(space: space, needsCodes: !existing.isEmpty || !corrections.isEmpty, visitBudget: visitBudget)
        if schedule.isOneAfterAnother {
            for document in questions.indices {
                state.place(document, existing: existing.isEmpty ? nil : existing[questions[document].code], grouper: self)
            }
        } else {
            for start in stride(from: 0, to: questions.count, by: schedule.batchSize) {
                let batch = start..<min(questions.count, start + schedule.batchSize)
                state.place(batch: batch, existing: existing, grouper: self, jobs: schedule.jobs)
            }
        }
        state.applySameAs(corrections)
        return state.placement()
    }
}

/// How questions are placed: on how many workers, and in batches of how many questions.
struct PlacementSchedule {
    var jobs: ParallelJobs
    /// Questions looked up side by side before they are placed one after another.
    var batchSize: Int

    /// Every core, in batches of 256: smaller batches leave each question fewer anchors
    /// founded within its batch to add one after another, larger ones fewer waits for the
    /// workers (64 to 512 were within the noise at 100k questions: BENCHMARKS.md, "Grouping on
    /// both cores"). One core places one question after another.
    static var perCore: PlacementSchedule {
        let jobs = ParallelJobs.perCore()
        return jobs.workers == 1 ? .oneAfterAnother : PlacementSchedule(jobs: jobs, batchSize: 256)
    }

    /// One question after another on one core, as grouping was first written: what the
    /// batches must always agree with.
    static let oneAfterAnother = PlacementSchedule(jobs: ParallelJobs(workers: 1), batchSize: 1)

    var isOneAfterAnother: Bool { jobs.workers == 1 && batchSize == 1 }
}
