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

    static let openingSyllables = openings.map(syllables).sorted { $0.count > $1.count }
    static let closingSyllables = closings.map(syllables).sorted { $0.count > $1.count }
    /// The same phrases typed without diacritics ("de nghi"), for text typed so.
    static let foldedOpenings = openingSyllables.map { $0.map(CanonicalText.fold) }
    static let foldedClosings = closingSyllables.map { $0.map(CanonicalText.fold) }

    static func syllables(_ phrase: String) -> [String] {
        VietnameseText.words(of: phrase.lowercased()).map(CanonicalText.syllable)
    }

    /// The syllables without leading and trailing boilerplate; never empties a text that
    /// is nothing but boilerplate (then it is kept whole).
    static func trimmed(_ syllables: [String], unmarked: Bool) -> [String] {
        let (openings, closings) = unmarked ? (foldedOpenings, foldedClosings) : (openingSyllables, closingSyllables)
        var start = 0, end = syllables.count
        while let phrase = openings.first(where: { matches($0, syllables, at: start, before: end) }) {
            start += phrase.count
        }
        while let phrase = closings.first(where: { end - $0.count >= start && matches($0, syllables, at: end - $0.count, before: end) }) {
            end -= phrase.count
        }
        return start < end ? Array(syllables[start..<end]) : syllables
    }

    static func matches(_ phrase: [String], _ syllables: [String], at start: Int, before end: Int) -> Bool {
        start >= 0 && start + phrase.count <= end && syllables[start..<start + phrase.count].elementsEqual(phrase)
    }
}
