import DoiThoaiKit

/// What the generator takes from `campaign.yml`, worked out once: the units that send
/// questions and how files and sentences name them, the code prefix, the deadlines, and
/// the topic and departments each theme belongs to.
struct CampaignFacts: Sendable {
    let campaign: Campaign
    let units: [SenderUnit]
    /// Indices of the units a question can be about: communes and wards, not the Youth Union.
    let localities: [Int]
    /// The campaign topic of each theme of `Theme.all`.
    let themeTopics: [Topic]

    init(_ campaign: Campaign) {
        self.campaign = campaign
        let keyCounts = SenderUnit.keyCounts(campaign.units)
        let units = campaign.units.map { SenderUnit($0, keyCounts: keyCounts) }
        self.units = units
        localities = units.indices.filter { units[$0].role != .youthUnion }
        themeTopics = Theme.all.map { ThemeRouting.topic(for: $0, in: campaign.topics) }
    }
}

/// A configured unit as a sender of question files.
struct SenderUnit: Sendable {
    enum Role: Sendable { case commune, ward, youthUnion }

    let unit: CampaignUnit
    let role: Role
    /// How a sentence names it: "xã Bảo Lạc", "phường Tân Giang", "Tỉnh đoàn Cao Bằng".
    let inSentence: Phrase
    /// Its files are named after it: "xa-bao-lac".
    let slug: String
    /// False when another unit folds to the same letters (Thái Nguyên's "Văn Lăng" and "Vạn
    /// Lãng"): the reader cannot tell them apart by file name, so their files get a unit column.
    let fileNameSuffices: Bool

    init(_ unit: CampaignUnit, keyCounts: [String: Int]) {
        self.unit = unit
        let kind = VietnameseSpelling.ascii(unit.kind, separator: " ")
        role = kind == "tinh doan" ? .youthUnion : kind == "phuong" ? .ward : .commune
        slug = VietnameseSpelling.ascii(unit.name, separator: "-")
        fileNameSuffices = keyCounts[VietnameseSpelling.ascii(unit.name, separator: " ")] == 1
        inSentence = Phrase(role == .youthUnion ? unit.name : Self.lowercasingKind(of: unit))
    }

    /// "Xã Bảo Lạc" → "xã Bảo Lạc"; a name without its kind gets it in front.
    static func lowercasingKind(of unit: CampaignUnit) -> String {
        let kindWords = unit.kind.split(separator: " ").count
        let nameWords = unit.name.split(separator: " ")
        let opening = nameWords.prefix(kindWords).joined(separator: " ")
        if opening.lowercased() == unit.kind.lowercased() {
            return ([unit.kind.lowercased()] + nameWords.dropFirst(kindWords).map(String.init)).joined(separator: " ")
        }
        return unit.kind.lowercased() + " " + unit.name
    }

    /// Kind words and their abbreviations that the reader drops from the front of a name.
    static let kindPrefixes = ["xa ", "phuong ", "dac khu ", "thi tran ", "x ", "p ", "tt "]

    /// How many units each folded name key belongs to, keyed as the reader keys them: the
    /// whole name and the name without its kind.
    static func keyCounts(_ units: [CampaignUnit]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for unit in units {
            let full = VietnameseSpelling.ascii(unit.name, separator: " ")
            var keys: Set<String> = [full]
            for prefix in kindPrefixes where full.hasPrefix(prefix) { keys.insert(String(full.dropFirst(prefix.count))) }
            for key in keys { counts[key, default: 0] += 1 }
        }
        return counts
    }
}

/// Finds the campaign topic a theme belongs to by the topic keywords its requests contain,
/// so any campaign.yml works (Cao Bằng's ten topics, Thái Nguyên's five).
enum ThemeRouting {
    static func topic(for theme: Theme, in topics: [Topic]) -> Topic {
        let text = " " + words(theme.requestText) + " "
        let scores = topics.map { topic in
            topic.keywords.reduce(0) { score, keyword in
                let key = words(keyword)
                return text.contains(" " + key + " ") ? score + key.split(separator: " ").count : score
            }
        }
        guard let best = scores.max(), best > 0 else {
            return topics.first { VietnameseSpelling.ascii($0.code, separator: " ") == "khac" } ?? topics[topics.count - 1]
        }
        return topics[scores.firstIndex(of: best)!]
    }

    /// Lower-case words separated by single spaces, punctuation dropped.
    static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
