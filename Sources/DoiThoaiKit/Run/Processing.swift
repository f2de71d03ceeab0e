/// The pure middle of the pipeline: held questions and answers in, a snapshot out.
/// Same input in any order gives the same snapshot.
public enum Processing {
    /// Groups, classifies (one topic per group, from its representative), routes and
    /// joins answers, timing each stage on `clock`.
    static func snapshot(
        campaign: Campaign, questions: [Question], answers: [Answer], today: Day,
        rejections: [Rejection], answerRejections: [Rejection], grouping: GroupingInput, clock: inout StageClock
    ) -> (snapshot: CampaignSnapshot, answersJoined: Int) {
        let ordered = questions.sorted { $0.sequence < $1.sequence }
        let grouper = NearDuplicateGrouper(threshold: campaign.dedup.threshold, corrections: grouping.corrections)
        let groups = clock.time("group") { grouper.groups(of: ordered, existing: grouping.existing) }
        let assignments = clock.time("classify") { classify(groups, ordered, campaign) }
        let joined = clock.time("answers") { AnswerJoiner.join(answers, questions: ordered, groups: groups) }
        let processed = clock.time("route") {
            assemble(ordered, groups, assignments, joined, campaign: campaign, today: today)
        }
        let snapshot = CampaignSnapshot(
            campaign: campaign, today: today, questions: processed, groups: groups,
            rejections: rejections, answerRejections: answerRejections + joined.rejections)
        return (snapshot, joined.joined)
    }

    /// Without a clock, for tests and callers that need no timings.
    public static func snapshot(
        campaign: Campaign, questions: [Question], answers: [Answer], today: Day,
        rejections: [Rejection] = [], answerRejections: [Rejection] = [], grouping: GroupingInput = .init()
    ) -> CampaignSnapshot {
        var clock = StageClock()
        return snapshot(campaign: campaign, questions: questions, answers: answers, today: today,
                        rejections: rejections, answerRejections: answerRejections, grouping: grouping,
                        clock: &clock).snapshot
    }

    /// The topic of each group, decided from its representative's text.
    static func classify(_ groups: [QuestionGroup], _ questions: [Question], _ campaign: Campaign) -> [String: TopicAssignment] {
        let classifier = KeywordClassifier(topics: campaign.topics, minConfidence: campaign.classification.minConfidence)
        let textByCode = Dictionary(questions.map { ($0.code, $0.text) }, uniquingKeysWith: { a, _ in a })
        return Dictionary(uniqueKeysWithValues: groups.map { ($0.code, classifier.classify(textByCode[$0.representative]!)) })
    }

    static func assemble(
        _ questions: [Question], _ groups: [QuestionGroup], _ assignments: [String: TopicAssignment],
        _ joined: AnswerJoiner.Result, campaign: Campaign, today: Day
    ) -> [ProcessedQuestion] {
        let groupOf = Dictionary(groups.flatMap { g in g.members.map { ($0, g.code) } }, uniquingKeysWith: { a, _ in a })
        return questions.map { question in
            let group = groupOf[question.code]!
            let assignment = assignments[group]!
            let answers = joined.byQuestion[question.code] ?? []
            return ProcessedQuestion(
                question: question, group: group, assignment: assignment,
                routing: Routing.forTopic(assignment.topic, in: campaign.topics), answers: answers,
                status: QuestionStatus.of(answers: answers, answerDeadline: campaign.deadlines.answer, today: today))
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
