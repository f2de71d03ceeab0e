import Foundation

/// A province's dialogue campaign, as configured in `campaign.yml` (DESIGN.md §9).
///
/// Values only: loading and validating the YAML lives in `CampaignLoader`.
public struct Campaign: Equatable, Sendable {
    public var province: String
    public var year: Int
    public var title: String
    public var theme: String
    /// Prefix of every question code, e.g. `CB25` gives `CB25-0001`.
    public var codePrefix: String
    public var deadlines: Deadlines
    public var dialogue: Dialogue
    public var departments: [Department]
    public var units: [CampaignUnit]
    public var topics: [Topic]
    public var dedup: DedupOptions
    public var classification: ClassificationOptions
    public var privacy: PrivacyOptions

    public init(
        province: String, year: Int, title: String, theme: String, codePrefix: String,
        deadlines: Deadlines, dialogue: Dialogue, departments: [Department], units: [CampaignUnit],
        topics: [Topic], dedup: DedupOptions = .init(), classification: ClassificationOptions = .init(),
        privacy: PrivacyOptions = .init()
    ) {
        self.province = province
        self.year = year
        self.title = title
        self.theme = theme
        self.codePrefix = codePrefix
        self.deadlines = deadlines
        self.dialogue = dialogue
        self.departments = departments
        self.units = units
        self.topics = topics
        self.dedup = dedup
        self.classification = classification
        self.privacy = privacy
    }
}

/// The three deadlines of the plans: communes send, Home Affairs forwards, departments answer.
public struct Deadlines: Equatable, Sendable {
    public var collect: Day
    public var forward: Day
    public var answer: Day

    public init(collect: Day, forward: Day, answer: Day) {
        self.collect = collect
        self.forward = forward
        self.answer = answer
    }

    /// The day a question must be answered by. A question the file dates after the forward
    /// deadline reached the departments late, so they get the plan's time to answer
    /// (`answer − forward` days) from that date instead of the common deadline.
    public func answerDue(submitted: Day?) -> Day {
        guard let submitted, submitted > forward else { return answer }
        return max(answer, submitted.adding(days: answer.days(since: forward)))
    }
}

/// The live dialogue and its time budget (Thái Nguyên: ask ≤ 2 min, answer ≤ 7 min).
public struct Dialogue: Equatable, Sendable {
    public var date: Day
    public var minutes: Int
    public var askMinutes: Int
    public var answerMinutes: Int

    public init(date: Day, minutes: Int, askMinutes: Int, answerMinutes: Int) {
        self.date = date
        self.minutes = minutes
        self.askMinutes = askMinutes
        self.answerMinutes = answerMinutes
    }
}

/// A department (sở, ban, ngành) that answers questions.
public struct Department: Equatable, Hashable, Codable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A unit that sends questions: a commune, ward, special zone, or the provincial Youth Union.
public struct CampaignUnit: Equatable, Hashable, Sendable {
    public var code: String
    public var name: String
    /// `xã`, `phường`, `đặc khu`, `Tỉnh đoàn`, … as configured (never hard-coded).
    public var kind: String

    public init(code: String, name: String, kind: String) {
        self.code = code
        self.name = name
        self.kind = kind
    }
}

/// A topic group (nhóm vấn đề) with the departments that answer it and the words that reveal it.
public struct Topic: Equatable, Hashable, Sendable {
    public var code: String
    public var name: String
    /// Code of the lead department (cơ quan chủ trì).
    public var lead: String
    /// Codes of the co-operating departments (cơ quan phối hợp).
    public var co: [String]
    public var keywords: [String]
    /// Weights of keywords that count for more (or less) than their syllables; 1 otherwise.
    public var keywordWeights: [String: Double]
    /// Phrases that rule the topic out: "vốn sống" is not a loan.
    public var negativeKeywords: [String]

    public init(code: String, name: String, lead: String, co: [String] = [], keywords: [String] = [],
                keywordWeights: [String: Double] = [:], negativeKeywords: [String] = []) {
        self.code = code
        self.name = name
        self.lead = lead
        self.co = co
        self.keywords = keywords
        self.keywordWeights = keywordWeights
        self.negativeKeywords = negativeKeywords
    }
}

/// Duplicate detection settings.
public struct DedupOptions: Equatable, Sendable {
    /// Similarity in 0...1 above which two questions are the same concern.
    public var threshold: Double

    /// 0.60 by default: precision first — on vnPara 0.994 precision and 0.782 recall, and on
    /// UIT-ViCoV19QA's real questions groups of one concern; below it, questions on one
    /// topic that ask different things merge (see BENCHMARKS.md, `make eval`).
    public init(threshold: Double = 0.6) {
        self.threshold = threshold
    }
}

/// Topic classification settings.
public struct ClassificationOptions: Equatable, Sendable {
    /// Below this confidence a question goes to the review queue ("Cần xem xét").
    public var minConfidence: Double

    public init(minConfidence: Double = 0.5) {
        self.minConfidence = minConfidence
    }
}

/// Personal data the consolidated workbook may show (it never reaches statistics or departments).
public enum PersonalField: String, CaseIterable, Sendable {
    case name, birthYear = "birth_year", address, phone, email
}

/// Privacy options: which personal fields the consolidated workbook shows.
public struct PrivacyOptions: Equatable, Sendable {
    public var consolidated: Set<PersonalField>

    public init(consolidated: Set<PersonalField> = [.name, .address]) {
        self.consolidated = consolidated
    }
}
