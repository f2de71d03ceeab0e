/// What the topic model reads in a text: its canonical syllables (tone placement, case and
/// NFD already unified), adjacent pairs of them, and the same without diacritics, so that
/// "vay vốn", "Vay Vốn" and "vay von" share features while "má" and "mà" keep their own.
/// Boilerplate openings and closings are dropped first ("Cho em hỏi …", "… ạ").
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
            names += zip(marked, marked.dropFirst()).map { "b:" + $0 + " " + $1 }
        }
        names += folded.map { "f:" + $0 }
        names += zip(folded, folded.dropFirst()).map { "g:" + $0 + " " + $1 }
        return names.uniqued()
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
            let wanted = name.dropFirst(2).split(separator: " ").map(String.init)
            let form: ((canonical: String, folded: String)) -> String = kind == "w:" || kind == "b:" ? { $0.canonical } : { $0.folded }
            guard let start = forms.indices.first(where: { start in
                start + wanted.count <= forms.count && zip(forms[start...], wanted).allSatisfy { form($0) == $1 }
            }) else { return nil }
            return words[start..<start + wanted.count].joined(separator: " ")
        }
    }
}
