import DoiThoaiKit

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
