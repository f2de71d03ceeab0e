/// A question after every stage: grouped, classified, routed, answered.
public struct ProcessedQuestion: Hashable, Sendable {
    public var question: Question
    /// The code of its group's representative (its own code when alone).
    public var group: String
    public var assignment: TopicAssignment
    public var routing: Routing
    public var answers: [Answer]
    public var status: QuestionStatus
    /// The day its answer is due: the plan's deadline, later for a question that arrived late.
    public var due: Day

    public var code: String { question.code }
}

/// Everything the reports are written from: pure values, no I/O.
public struct CampaignSnapshot: Sendable {
    public var campaign: Campaign
    /// The day statuses were judged on (the run date, or `--today`).
    public var today: Day
    /// Every question the campaign holds, in code order.
    public var questions: [ProcessedQuestion]
    public var groups: [QuestionGroup]
    /// Rejected question rows and files.
    public var rejections: [Rejection]
    /// Rejected answer rows and files.
    public var answerRejections: [Rejection]
    /// Joined answers to be looked at: a department not asked, a conflict, a late answer.
    public var answerNotices: [Rejection] = []
    /// The tasks followed: carried from earlier years and promised by this year's answers.
    public var followUp: FollowUp

    public init(campaign: Campaign, today: Day, questions: [ProcessedQuestion], groups: [QuestionGroup],
                rejections: [Rejection], answerRejections: [Rejection]) {
        self.campaign = campaign
        self.today = today
        self.questions = questions
        self.groups = groups
        self.rejections = rejections
        self.answerRejections = answerRejections
        followUp = FollowUp(today: today)
    }

    /// Where each question is in `questions`, by code: positions, not copies of the
    /// questions (a dictionary of copies held the campaign a second time while the
    /// workbooks were written).
    public var positionByCode: [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(questions.count)
        for index in questions.indices where positions[questions[index].code] == nil { positions[questions[index].code] = index }
        return positions
    }

    public func topic(_ code: String) -> Topic? {
        campaign.topics.first { $0.code == code }
    }

    public func department(_ code: String) -> Department? {
        campaign.departments.first { $0.code == code }
    }
}

extension CampaignSnapshot {
    /// Each group's topic (all members share it), by group code.
    var topicByGroup: [String: TopicAssignment] {
        var topics: [String: TopicAssignment] = [:]
        topics.reserveCapacity(groups.count)
        for index in questions.indices where topics[questions[index].group] == nil {
            topics[questions[index].group] = questions[index].assignment
        }
        return topics
    }
}
