/// Finds the configured unit a cell or a file name means, forgiving case, diacritics,
/// tone placement ("Đàm Thuỷ" = "Đàm Thủy") and a missing "Xã"/"Phường".
public struct UnitResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        case unit(CampaignUnit)
        case ambiguous([CampaignUnit])
        case unknown(closest: [CampaignUnit])
    }

    private let units: [CampaignUnit]
    /// Folded name, and folded name without its kind ("xa dam thuy", "dam thuy") → units.
    private let byKey: [String: [CampaignUnit]]

    public init(units: [CampaignUnit]) {
        self.units = units
        var table: [String: [CampaignUnit]] = [:]
        for unit in units {
            for key in Self.keys(for: unit) where !(table[key]?.contains(unit) ?? false) {
                table[key, default: []].append(unit)
            }
        }
        byKey = table
    }

    /// The campaign's unit when it has just one: then a file needs neither a unit column
    /// nor a unit's name (DESIGN.md §3: "the unit comes from the file name or configuration").
    public var onlyUnit: CampaignUnit? { units.count == 1 ? units[0] : nil }

    /// The unit a cell names ("Xã Đàm Thủy", "dam thuy", "Phường Thục Phán").
    public func resolve(name: String) -> Resolution {
        let key = VietnameseText.fold(name)
        guard let found = byKey[key] ?? byKey[Self.withoutKind(key)] else {
            return .unknown(closest: closest(to: key))
        }
        if found.count == 1 { return .unit(found[0]) }
        // Folding merged names that differ by diacritics only: the exact spelling decides.
        let exact = found.filter { VietnameseText.matchKey($0.name) == VietnameseText.matchKey(name) }
        return exact.count == 1 ? .unit(exact[0]) : .ambiguous(found)
    }

    /// The unit a file name names: the longest unit key found between hyphens, so that
    /// "xa-dam-thuy-lan-2.csv" is Xã Đàm Thủy.
    public func resolve(fileName: String) -> CampaignUnit? {
        let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
        let words = VietnameseText.fold(stem.isEmpty ? fileName : stem).split(separator: " ")
        for length in stride(from: words.count, through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let key = words[start..<start + length].joined(separator: " ")
                if let found = byKey[key], found.count == 1 { return found[0] }
            }
        }
        return nil
    }

    /// Up to three configured units whose folded names are nearest in edit distance.
    public func closest(to key: String) -> [CampaignUnit] {
        let scored = units.map { ($0, EditDistance.between(VietnameseText.fold($0.name), key)) }
        return scored.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.name < $1.0.name) }.prefix(3).map(\.0)
    }

    static func keys(for unit: CampaignUnit) -> [String] {
        let full = VietnameseText.fold(unit.name)
        var keys = [full, withoutKind(full)]
        if VietnameseText.fold(unit.kind) == "tinh doan" { keys.append("tinh doan") }
        return keys
    }

    /// Kind words and their abbreviations ("P. Thục Phán", "X. Hà Quảng") that may open a name.
    static let kindPrefixes = ["xa ", "phuong ", "dac khu ", "thi tran ", "x ", "p ", "tt "]

    /// Drops the leading kind word of a folded name.
    static func withoutKind(_ key: String) -> String {
        for prefix in kindPrefixes where key.hasPrefix(prefix) {
            return String(key.dropFirst(prefix.count))
        }
        return key
    }
}
