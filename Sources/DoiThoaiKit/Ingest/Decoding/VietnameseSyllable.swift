/// Whether a word has the shape of a Vietnamese syllable: an onset, a vowel nucleus (with
/// its glides), a final consonant, at most one tone, and one case pattern (lower, Title or
/// UPPER). Text decoded with the wrong table breaks exactly this shape ("Vieät", "gi¸o",
/// "vỔ"), which is what the scorer counts on.
enum VietnameseSyllable {
    static let onsets: [String] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]

    /// Nuclei that may be followed by a final consonant.
    static let closableNuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "iê", "yê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "uơ", "uy", "ươ", "uyê",
    ]

    /// Nuclei that end in a glide (ai, ao, ươi…) and so take no final consonant.
    static let openNuclei: Set<String> = [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
        "oai", "oao", "oay", "oeo", "iêu", "yêu", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
    ]

    static let codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]

    /// Whether `scalars` (one word, NFC or with combining tone marks) is a Vietnamese syllable.
    static func isValid<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        guard let skeleton = skeleton(of: scalars) else { return false }
        return hasSyllableShape(skeleton)
    }

    /// The word lowercased and without its tone, or nil when it is not made of Vietnamese
    /// letters, has two tones, or mixes case ("vỔ", "NGHị").
    static func skeleton<S: Sequence>(of scalars: S) -> String? where S.Element == Unicode.Scalar {
        var letters = ""
        var toned = false
        var cases: [Bool] = []
        for scalar in scalars {
            let value = scalar.value
            if VietnameseLetters.tone(ofCombining: value) != nil {
                // A combining tone sits on the vowel before it, and is the word's only tone.
                guard !toned, let last = letters.last, "aăâeêioôơuưy".contains(last) else { return nil }
                toned = true
                continue
            }
            guard let (letter, tone, upper) = letter(value) else { return nil }
            if tone != .level {
                if toned { return nil }
                toned = true
            }
            letters.append(letter)
            cases.append(upper)
        }
        return isCaseShapeValid(cases) ? letters : nil
    }

    private static func letter(_ value: UInt32) -> (Character, VietnameseLetters.Tone, Bool)? {
        switch value {
        case 0x41...0x5A: return (Character(Unicode.Scalar(value + 0x20)!), .level, true)
        case 0x61...0x7A: return (Character(Unicode.Scalar(value)!), .level, false)
        default:
            guard let letter = VietnameseLetters.byScalar[value] else { return nil }
            return (letter.vowel?.letter ?? letter.consonant!, letter.tone, letter.isUppercase)
        }
    }

    /// lower, Title or UPPER; nothing else.
    private static func isCaseShapeValid(_ cases: [Bool]) -> Bool {
        guard cases.count > 1 else { return true }
        let rest = cases.dropFirst()
        return rest.allSatisfy { $0 } && cases[0] || rest.allSatisfy { !$0 }
    }

    private static func hasSyllableShape(_ word: String) -> Bool {
        for onset in onsets where word.hasPrefix(onset) {
            let rhyme = word.dropFirst(onset.count)
            if openNuclei.contains(String(rhyme)) || closableNuclei.contains(String(rhyme)) { return true }
            for coda in codas where rhyme.hasSuffix(coda) && rhyme.count > coda.count {
                if closableNuclei.contains(String(rhyme.dropLast(coda.count))) { return true }
            }
        }
        return false
    }
}
