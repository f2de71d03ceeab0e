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
            let distance = EditDistance.between(wanted, folded(candidate))
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
}
