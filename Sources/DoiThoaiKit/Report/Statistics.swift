/// The counts the Ministry receives (`statistics.json`): counts only, no personal data.
public struct Statistics: Codable, Sendable, Equatable {
    /// One labelled count; `key` is a stable code, `label` the Vietnamese name.
    public struct Count: Codable, Sendable, Equatable {
        public var key: String
        public var label: String
        public var count: Int
    }

    public var schemaVersion = 1
    public var province: String
    public var year: Int
    public var generatedOn: String
    public var questions: Int
    public var groups: Int
    public var units: Int
    public var byTopic: [Count]
    public var byUnit: [Count]
    public var bySource: [Count]
    public var byCategory: [Count]
    public var byStatus: [Count]
    /// Topic code → status code → count, for the stacked chart.
    public var byTopicAndStatus: [String: [String: Int]]
    /// Lateness: answers dated after their question's due day (the questions still
    /// unanswered after it are `overdue` in `by_status`). Optional, so that files written
    /// before it was added still read.
    public var lateAnswers: Int?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", province, year, generatedOn = "generated_on", questions, groups, units
        case byTopic = "by_topic", byUnit = "by_unit", bySource = "by_source", byCategory = "by_category"
        case byStatus = "by_status", byTopicAndStatus = "by_topic_and_status", lateAnswers = "late_answers"
    }
}

extension Statistics {
    /// Counts the snapshot. Every configured topic, unit and status appears, even at zero,
    /// so that provinces' files line up when the Ministry merges them.
    public init(_ snapshot: CampaignSnapshot) {
        let questions = snapshot.questions
        let campaign = snapshot.campaign
        func count<K: Hashable>(_ key: (ProcessedQuestion) -> K) -> [K: Int] {
            questions.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
        let topics = count { $0.assignment.topic }
        let units = count { $0.question.unitCode }
        let kindByUnit = Dictionary(campaign.units.map { ($0.code, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let sources = count { question in Source.of(unitKind: kindByUnit[question.question.unitCode] ?? "") }
        let categories = count { $0.question.category }
        let statuses = count { $0.status }
        self.init(
            province: campaign.province, year: campaign.year, generatedOn: snapshot.today.description,
            questions: questions.count, groups: snapshot.groups.count, units: units.count,
            byTopic: campaign.topics.map { Count(key: $0.code, label: $0.name, count: topics[$0.code] ?? 0) },
            byUnit: campaign.units.map { Count(key: $0.code, label: $0.name, count: units[$0.code] ?? 0) },
            bySource: Source.allCases.map { Count(key: $0.rawValue, label: $0.label, count: sources[$0] ?? 0) },
            byCategory: AskerCategory.allCases.map { Count(key: $0.rawValue, label: $0.label, count: categories[$0] ?? 0) },
            byStatus: QuestionStatus.allCases.map { Count(key: $0.rawValue, label: $0.label, count: statuses[$0] ?? 0) },
            byTopicAndStatus: Self.topicByStatus(questions), lateAnswers: snapshot.lateAnswerCount)
    }

    static func topicByStatus(_ questions: [ProcessedQuestion]) -> [String: [String: Int]] {
        questions.reduce(into: [:]) { table, question in
            table[question.assignment.topic, default: [:]][question.status.rawValue, default: 0] += 1
        }
    }
}

/// Where a question came from: a commune-level unit or the provincial Youth Union.
public enum Source: String, CaseIterable, Codable, Sendable {
    case commune, youthUnion = "youth_union"

    static func of(unitKind: String) -> Source {
        VietnameseText.fold(unitKind).contains("doan") ? .youthUnion : .commune
    }

    public var label: String {
        switch self {
        case .commune: return "Xã, phường, đặc khu"
        case .youthUnion: return "Tỉnh đoàn"
        }
    }
}
