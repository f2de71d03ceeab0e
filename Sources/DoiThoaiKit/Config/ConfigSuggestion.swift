/// Finds what the officer probably meant when a key or code is misspelt.
enum ConfigSuggestion {
    /// The candidate closest to `word`, if one is within edit distance 2; for words of up
    /// to 4 letters only 1, since two edits turn any short code into another ("SXD" → "SNV").
    ///
    /// Case, `_` and `-` are ignored first, so `codePrefix` finds `code_prefix`.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let wanted = folded(word)
        let limit = wanted.count <= 4 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(wanted), Array(folded(candidate)))
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    private static func folded(_ word: String) -> String {
        String(word.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit
    /// ("optimal string alignment"), because swapped letters are the commonest typo.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
