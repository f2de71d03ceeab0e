/// Questions that raise the same concern, shown once with every unit that raised it.
public struct QuestionGroup: Hashable, Sendable {
    /// The earliest member's code; a lone question is a group of one with its own code.
    /// Departments may answer by it, so it never changes once given.
    public var code: String
    /// The member shown for the group: its first member, or, when that was typed without
    /// diacritics, the member with diacritics most similar to it.
    public var representative: String
    /// Member codes in code order, the earliest first.
    public var members: [String]
    /// Names of the units that raised it, in order of first appearance, without repeats.
    public var units: [String]
    /// Each member's similarity to the representative, 0...1, in the order of `members`.
    public var similarities: [Double]

    public init(code: String, representative: String? = nil, members: [String], units: [String] = [],
                similarities: [Double] = []) {
        self.code = code
        self.representative = representative ?? code
        self.members = members
        self.units = units
        self.similarities = similarities
    }

    /// Each member with its similarity to the representative (1 when none was measured).
    public var membersWithSimilarity: [(code: String, similarity: Double)] {
        members.enumerated().map { ($1, $0 < similarities.count ? similarities[$0] : 1) }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
