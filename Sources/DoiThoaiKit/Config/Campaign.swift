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

/// A calendar day without time or zone: deadlines are days in the province's calendar.
public struct Day: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO date `YYYY-MM-DD`; nil when malformed or not a real day.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// A day as offices write it: `14/08/2025`, `14-8-2025`, `14.08.2025` or `2025-08-14`;
    /// nil when it is not a real day.
    public init?(written: String) {
        let text = written.trimmingCharacters(in: .whitespaces)
        if let day = Day(iso: text) { self = day; return }
        let parts = text.split(omittingEmptySubsequences: false) { "/-.".contains($0) }.compactMap { Int($0) }
        guard parts.count == 3, (1000...9999).contains(parts[2]), (1...12).contains(parts[1]),
              (1...Day.daysIn(month: parts[1], year: parts[2])).contains(parts[0]) else { return nil }
        self.init(year: parts[2], month: parts[1], day: parts[0])
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO form, `2025-08-05`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Vietnamese administrative form, `05/8/2025` style is avoided: always `05/08/2025`.
    public var vietnamese: String {
        String(format: "%02d/%02d/%04d", day, month, year)
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
public struct Department: Equatable, Hashable, Sendable {
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
