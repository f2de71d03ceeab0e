/// What the topic model reads in a text: its canonical syllables (tone placement, case and
/// NFD already unified), adjacent pairs of them, and the same without diacritics, so that
/// "vay vốn", "Vay Vốn" and "vay von" share features while "má" and "mà" keep their own.
/// Boilerplate openings and closings are dropped first ("Cho em hỏi …", "… ạ").
///
/// The pairs include the text's start and end ("g:<s> giang", "g:hay </s>"): how a text
/// opens and closes says much of what it is about ("giảng viên …", "môn học …", a bare
/// "rất hay ."). So does its length, in a few classes ("n:3-4").
struct TextFeatures {
    /// Shared by all the texts of a run: each distinct word is worked out once.
    private var canonicaliser = Canonicaliser()

    /// The text's features, each once, as names ("w:vay", "b:vay vôn^1" …).
    mutating func names(of text: String) -> [String] {
        let ids = canonicaliser.syllables(of: text)
        let spelling = canonicaliser.table.names
        let (marked, folded) = (ids.canonical.map { spelling[Int($0)] }, ids.folded.map { spelling[Int($0)] })
        var names: [String] = []
        names.reserveCapacity(marked.count * 4)
        // Text typed without diacritics has no tones to learn from: folded features only.
        if !ids.unmarked {
            names += marked.map { "w:" + $0 }
            names += Self.pairs(marked).map { "b:" + $0 }
        }
        names += folded.map { "f:" + $0 }
        names += Self.pairs(folded).map { "g:" + $0 }
        names.append("n:" + Self.lengthClass(folded.count))
        return names.uniqued()
    }

    /// Words that stand for the start and the end of the text in the pairs.
    static let start = "<s>", end = "</s>"

    /// Adjacent syllables, the first and the last paired with the start and the end.
    static func pairs(_ syllables: [String]) -> [String] {
        guard !syllables.isEmpty else { return [] }
        let bounded = [start] + syllables + [end]
        return zip(bounded, bounded.dropFirst()).map { $0 + " " + $1 }
    }

    /// Lengths in syllables, in classes doubling in width: 0, 1, 2, 3-4, 5-8, 9-16, 17+.
    static func lengthClass(_ count: Int) -> String {
        switch count {
        case ..<3: return String(count)
        case 3...4: return "3-4"
        case 5...8: return "5-8"
        case 9...16: return "9-16"
        default: return "17+"
        }
    }

    /// Whether a feature is made of the text's words, so can be shown as evidence (not a length).
    static func isWords(_ name: String) -> Bool {
        ["w:", "b:", "f:", "g:"].contains(String(name.prefix(2)))
    }

    /// Features as the text itself spells them, for reviewers: "b:vay vôn^1" → "vay vốn".
    static func spelled(_ names: [String], in text: String) -> [String] {
        let words = VietnameseText.words(of: VietnameseText.nfc(text).lowercased())
        let forms = words.map { word -> (canonical: String, folded: String) in
            let canonical = CanonicalText.syllable(word)
            return (canonical, CanonicalText.fold(canonical))
        }
        return names.compactMap { name in
            let kind = name.prefix(2)
            let wanted = name.dropFirst(2).split(separator: " ").map(String.init).filter { $0 != Self.start && $0 != Self.end }
            guard isWords(name), !wanted.isEmpty else { return nil }
            let form: ((canonical: String, folded: String)) -> String = kind == "w:" || kind == "b:" ? { $0.canonical } : { $0.folded }
            guard let start = forms.indices.first(where: { start in
                start + wanted.count <= forms.count && zip(forms[start...], wanted).allSatisfy { form($0) == $1 }
            }) else { return nil }
            return words[start..<start + wanted.count].joined(separator: " ")
        }
    }
}
