/// The pure middle of the pipeline: held questions and answers in, a snapshot out.
/// Same input in any order gives the same snapshot.
public enum Processing {
    /// Groups, classifies (one topic per group, from its representative), routes and
    /// joins answers, timing each stage on `clock`.
    static func snapshot(
        campaign: Campaign, questions: [Question], answers: [Answer], today: Day,
        rejections: [Rejection], answerRejections: [Rejection], grouping: GroupingInput,
        classification: ClassificationInput, clock: inout StageClock
    ) -> (snapshot: CampaignSnapshot, answersJoined: Int) {
        // Held questions come in code order: sorted only when not, as sorting copies them all.
        let inOrder = zip(questions, questions.dropFirst()).allSatisfy { $0.sequence < $1.sequence }
        let ordered = inOrder ? questions : questions.sorted { $0.sequence < $1.sequence }
        let grouper = NearDuplicateGrouper(threshold: campaign.dedup.threshold, corrections: grouping.corrections)
        let groups = clock.time("group") { grouper.groups(of: ordered, existing: grouping.existing) }
        let assignments = clock.time("classify") { classify(groups, ordered, campaign, classification) }
        let dueByCode = Dictionary(uniqueKeysWithValues: ordered.map {
            ($0.code, campaign.deadlines.answerDue(submitted: $0.submittedAt.flatMap(Day.init(stamp:))))
        })
        let joined = clock.time("answers") {
            AnswerJoiner.join(answers, questions: ordered, groups: groups,
                              asked: asked(groups, assignments, campaign), due: { dueByCode[$0]! })
        }
        let processed = clock.time("route") {
            assemble(ordered, groups, assignments, joined, due: dueByCode, campaign: campaign, today: today)
        }
        var snapshot = CampaignSnapshot(
            campaign: campaign, today: today, questions: processed, groups: groups,
            rejections: rejections, answerRejections: answerRejections + joined.rejections)
        snapshot.answerNotices = joined.notices
        return (snapshot, joined.joined)
    }

    /// Without a clock, for tests and callers that need no timings.
    public static func snapshot(
        campaign: Campaign, questions: [Question], answers: [Answer], today: Day,
        rejections: [Rejection] = [], answerRejections: [Rejection] = [], grouping: GroupingInput = .init(),
        classification: ClassificationInput = .init()
    ) -> CampaignSnapshot {
        var clock = StageClock()
        return snapshot(campaign: campaign, questions: questions, answers: answers, today: today,
                        rejections: rejections, answerRejections: answerRejections, grouping: grouping,
                        classification: classification, clock: &clock).snapshot
    }

    /// The topic of each group: set by staff when they corrected one of its members (the
    /// earliest such member), else decided from its representative's text by the keyword
    /// rules and the model learnt from the training files and the staff's corrections.
    static func classify(_ groups: [QuestionGroup], _ questions: [Question], _ campaign: Campaign,
                         _ input: ClassificationInput) -> [String: TopicAssignment] {
        let textByCode = Dictionary(questions.map { ($0.code, $0.text) }, uniquingKeysWith: { a, _ in a })
        let corrected = input.topicCorrections.sorted { $0.key < $1.key }
            .compactMap { code, topic in textByCode[code].map { TopicModel.Example(text: $0, topic: topic) } }
        let classifier = TopicClassifier(topics: campaign.topics, minConfidence: campaign.classification.minConfidence,
                                         training: input.training + corrected)
        let decided = classifier.classify(groups.map { textByCode[$0.representative]! })
        return Dictionary(uniqueKeysWithValues: zip(groups, decided).map { group, decided in
            let correction = group.members.lazy.compactMap { input.topicCorrections[$0] }.first
            return (group.code, correction.map(TopicAssignment.corrected) ?? decided)
        })
    }

    /// The departments each question was sent to: its group's lead and co-departments,
    /// none while the group awaits review.
    ///
    /// Each topic's departments are worked out once and shared by its questions, and the
    /// table is sized for every member at once. (perf, 1M questions: building this table, a
    /// list per group in a table grown as it filled, was 16% of the answers stage's samples.)
    static func asked(_ groups: [QuestionGroup], _ assignments: [String: TopicAssignment],
                      _ campaign: Campaign) -> (String) -> [String] {
        var byTopic: [String: [String]] = [:]
        var byQuestion: [String: [String]] = [:]
        byQuestion.reserveCapacity(groups.reduce(0) { $0 + $1.members.count })
        for group in groups {
            let assignment = assignments[group.code]!
            let departments = assignment.review ? [] : byTopic[assignment.topic] ?? {
                let departments = Routing.forTopic(assignment.topic, in: campaign.topics).all
                byTopic[assignment.topic] = departments
                return departments
            }()
            for member in group.members { byQuestion[member] = departments }
        }
        return { byQuestion[$0] ?? [] }
    }

    static func assemble(
        _ questions: [Question], _ groups: [QuestionGroup], _ assignments: [String: TopicAssignment],
        _ joined: AnswerJoiner.Result, due dueByCode: [String: Day], campaign: Campaign, today: Day
    ) -> [ProcessedQuestion] {
        let groupOf = Dictionary(groups.flatMap { g in g.members.map { ($0, g.code) } }, uniquingKeysWith: { a, _ in a })
        return questions.map { question in
            let group = groupOf[question.code]!
            let assignment = assignments[group]!
            let answers = joined.byQuestion[question.code] ?? []
            let due = dueByCode[question.code]!
            return ProcessedQuestion(
                question: question, group: group, assignment: assignment,
                routing: Routing.forTopic(assignment.topic, in: campaign.topics), answers: answers,
                status: QuestionStatus.of(answers: answers, due: due, today: today), due: due)
        }
    }
}

/// What grouping needs beyond the questions: the groups given on earlier nights (so they
/// keep their codes) and the staff's corrections.
public struct GroupingInput: Sendable {
    public var existing: [String: String]
    public var corrections: GroupCorrections

    public init(existing: [String: String] = [:], corrections: GroupCorrections = .init()) {
        self.existing = existing
        self.corrections = corrections
    }
}

/// What classification needs beyond the questions: labelled questions to learn from
/// (`input/training/`) and the topics staff set (question code → topic code).
public struct ClassificationInput: Sendable {
    public var training: [TopicModel.Example]
    public var topicCorrections: [String: String]

    public init(training: [TopicModel.Example] = [], topicCorrections: [String: String] = [:]) {
        self.training = training
        self.topicCorrections = topicCorrections
    }
}
