import Foundation

/// The Vietnamese canonical form in which two questions are compared (the displayed
/// text is never changed).
///
/// Each syllable becomes its letters without tone, lower case, NFC, followed by `^` and a
/// tone digit: "hoà", "hòa" and "HOÀ" are all `hoa^2`, "thuỷ" and "thủy" both `thuy^3`, so the
/// old and new tone placements meet; "Ð" (U+00D0, typed for "Đ") is `đ`. Punctuation and
/// spacing go, and the boilerplate that opens and closes questions ("Đề nghị", "Cho em
/// hỏi", "ạ") is dropped, as listed in `Boilerplate`.
public struct CanonicalText: Hashable, Sendable {
    /// Syllables in canonical form, boilerplate removed.
    public let syllables: [String]
    /// True when the original carried no diacritic at all (typed without marks): its
    /// syllables have no tone to compare, only letters.
    public let unmarked: Bool
    /// Folded syllables (no tone, no vowel marks, `đ` → `d`): they find candidates for text
    /// typed without marks, and never decide a match between two marked texts alone.
    public let folded: [String]

    public init(_ text: String) {
        var canonicaliser = Canonicaliser()
        let ids = canonicaliser.syllables(of: text)
        let names = canonicaliser.table.names
        syllables = ids.canonical.map { names[Int($0)] }
        folded = ids.folded.map { names[Int($0)] }
        unmarked = ids.unmarked
    }

    /// Tone marks, as combining characters after canonical decomposition, and their digits.
    static let tones: [Unicode.Scalar: Character] = [
        "\u{0300}": "2", "\u{0301}": "1", "\u{0303}": "4", "\u{0309}": "3", "\u{0323}": "5",
    ]

    /// One word in canonical form: toneless letters (NFC) plus the tone's digit.
    static func syllable(_ word: Substring) -> String {
        var letters = String.UnicodeScalarView()
        var tone: Character?
        for scalar in String(word).decomposedStringWithCanonicalMapping.unicodeScalars {
            if let digit = tones[scalar] { tone = digit; continue }
            // Ð (U+00D0, Icelandic eth) and its lower case ð are typed for Đ/đ on some keyboards.
            letters.append(scalar == "\u{00D0}" || scalar == "\u{00F0}" ? "\u{0111}" : scalar)
        }
        let base = String(letters).precomposedStringWithCanonicalMapping.lowercased()
        // `^` never occurs inside a word (words are cut at anything but letters and digits).
        return tone.map { base + "^" + String($0) } ?? base
    }

    /// A canonical syllable without its tone or vowel marks.
    static func fold(_ syllable: String) -> String {
        let letters = syllable.split(separator: "^", maxSplits: 1).first.map(String.init) ?? syllable
        return VietnameseText.stripDiacritics(letters)
    }
}

/// A text's canonical and folded syllables as ids of a `SyllableTable`, boilerplate dropped.
struct CanonicalSyllables: Sendable {
    let canonical: [Int32]
    let folded: [Int32]
    let unmarked: Bool
}

/// Reads question texts into canonical syllable ids, with one table for a whole run: each
/// distinct word is worked out once (a province's questions use a few thousand).
struct Canonicaliser: Sendable {
    private(set) var table = SyllableTable()
    private let boilerplate: BoilerplatePhrases

    init() {
        boilerplate = BoilerplatePhrases(table: &table)
    }

    /// The text's syllables; boilerplate dropped unless `trimmingBoilerplate` is false
    /// (keywords are matched on everything the text says).
    mutating func syllables(of text: String, trimmingBoilerplate: Bool = true) -> CanonicalSyllables {
        var canonical: [Int32] = [], folded: [Int32] = []
        var marked = false
        var text = text
        text.withUTF8 { bytes in
            WordScanner.forEachWord(in: bytes) { range in
                let entry = table.entry(bytes, range)
                canonical.append(entry.canonical)
                folded.append(entry.folded)
                marked = marked || entry.marked
            }
        }
        let kept = trimmingBoilerplate ? boilerplate.trimmed(canonical, unmarked: !marked) : canonical.indices
        if kept.count == canonical.count { return CanonicalSyllables(canonical: canonical, folded: folded, unmarked: !marked) }
        return CanonicalSyllables(canonical: Array(canonical[kept]), folded: Array(folded[kept]), unmarked: !marked)
    }
}
