/// The words that open and close questions without saying what they are about. Matching
/// ignores them, so "Đề nghị hỗ trợ vay vốn" and "Cho em hỏi về hỗ trợ vay vốn ạ" compare on
/// "hỗ trợ vay vốn". Data, not code: add a phrase here when clerks use a new one.
public enum Boilerplate {
    /// Phrases removed at the start, longest first, repeatedly ("Kính gửi …, đề nghị …").
    public static let openings = [
        "kính gửi đồng chí chủ tịch", "kính gửi chủ tịch ủy ban nhân dân tỉnh", "kính gửi",
        "kính đề nghị", "đề nghị", "kiến nghị", "đề xuất", "kính mong", "mong muốn",
        "thanh niên mong muốn", "thanh niên đề nghị", "thanh niên kiến nghị", "em xin đề nghị",
        "cho em hỏi", "cho tôi hỏi", "cho cháu hỏi", "cho mình hỏi", "em xin hỏi", "tôi xin hỏi",
        "xin hỏi", "em muốn hỏi", "tôi muốn hỏi", "em xin phép hỏi", "xin cho biết", "cho em hỏi là",
        "đồng chí cho biết", "xin đồng chí cho biết", "tỉnh cho biết",
    ]
    /// Phrases removed at the end, repeatedly.
    public static let closings = [
        "ạ", "em xin cảm ơn", "xin cảm ơn", "xin chân thành cảm ơn", "trân trọng cảm ơn", "cảm ơn",
        "em cảm ơn", "ạ em cảm ơn",
    ]

    /// The phrases' canonical syllables, worked out once per process.
    static let canonicalOpenings = openings.map(syllables)
    static let canonicalClosings = closings.map(syllables)

    /// A phrase's canonical syllables.
    static func syllables(_ phrase: String) -> [String] {
        VietnameseText.words(of: phrase.lowercased()).map(CanonicalText.syllable)
    }
}

/// The boilerplate phrases as syllable ids of one table, longest first, in canonical form
/// and typed without diacritics ("de nghi", for text typed so).
struct BoilerplatePhrases: Sendable {
    let openings: [[Int32]]
    let closings: [[Int32]]
    let foldedOpenings: [[Int32]]
    let foldedClosings: [[Int32]]

    init(table: inout SyllableTable) {
        func ids(_ phrases: [[String]], folded: Bool) -> [[Int32]] {
            phrases.sorted { $0.count > $1.count }.map { syllables in
                syllables.map { table.id(ofSyllable: folded ? CanonicalText.fold($0) : $0) }
            }
        }
        openings = ids(Boilerplate.canonicalOpenings, folded: false)
        closings = ids(Boilerplate.canonicalClosings, folded: false)
        foldedOpenings = ids(Boilerplate.canonicalOpenings, folded: true)
        foldedClosings = ids(Boilerplate.canonicalClosings, folded: true)
    }

    /// The range of `syllables` left without leading and trailing boilerplate; never empties
    /// a text that is nothing but boilerplate (then it is kept whole).
    func trimmed(_ syllables: [Int32], unmarked: Bool) -> Range<Int> {
        let (openings, closings) = unmarked ? (foldedOpenings, foldedClosings) : (openings, closings)
        var start = 0, end = syllables.count
        while let phrase = openings.first(where: { Self.matches($0, syllables, at: start, before: end) }) {
            start += phrase.count
        }
        while let phrase = closings.first(where: {
            end - $0.count >= start && Self.matches($0, syllables, at: end - $0.count, before: end)
        }) {
            end -= phrase.count
        }
        return start < end ? start..<end : 0..<syllables.count
    }

    static func matches(_ phrase: [Int32], _ syllables: [Int32], at start: Int, before end: Int) -> Bool {
        start >= 0 && start + phrase.count <= end && syllables[start..<start + phrase.count].elementsEqual(phrase)
    }
}
