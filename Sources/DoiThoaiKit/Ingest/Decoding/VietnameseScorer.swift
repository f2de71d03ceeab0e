/// How Vietnamese a decoded text looks: of its words that hold a non-ASCII letter, the
/// share that are valid Vietnamese syllables.
///
/// Only those words are counted: ASCII words read the same under every candidate
/// encoding, so they tell nothing about which one is right.
public struct VietnameseScore: Equatable, Sendable {
    /// Words holding at least one non-ASCII scalar.
    public var words = 0
    /// Those of them that are Vietnamese syllables.
    public var syllables = 0

    /// `syllables / words`, 0 when there is no such word.
    public var share: Double { words == 0 ? 0 : Double(syllables) / Double(words) }

    /// The share in whole percent, for messages.
    public var percent: Int { Int((share * 100).rounded()) }
}

/// Scores decoded text; see `VietnameseScore`.
enum VietnameseScorer {
    /// The most text scored: enough for thousands of words, and it keeps scoring flat
    /// however big the file is.
    static let sampleLimit = 64 * 1024

    /// Scores UTF-8 `text`: a `ScoringSample`, not a whole file.
    static func score(utf8 text: ArraySlice<UInt8>) -> VietnameseScore {
        var score = VietnameseScore()
        var word: [Unicode.Scalar] = []
        var hasNonASCII = false
        for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
            if isSeparator(scalar) {
                count(&word, hasNonASCII, into: &score)
                hasNonASCII = false
            } else {
                word.append(scalar)
                if scalar.value >= 0x80 { hasNonASCII = true }
            }
        }
        count(&word, hasNonASCII, into: &score)
        return score
    }

    /// Scores UTF-8 `text`.
    static func score(utf8 text: [UInt8]) -> VietnameseScore { score(utf8: text[...]) }

    private static func count(_ word: inout [Unicode.Scalar], _ hasNonASCII: Bool, into score: inout VietnameseScore) {
        if hasNonASCII {
            score.words += 1
            if VietnameseSyllable.isValid(word) { score.syllables += 1 }
        }
        word.removeAll(keepingCapacity: true)
    }

    /// ASCII other than letters, and the typographic spaces, dashes and quotes Vietnamese
    /// text uses. Other symbols (¸ © ¬ ®…) stay inside the word: they are what a wrong
    /// table makes of letters, and must count against it.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return false
        case 0..<0x80: return true
        case 0xA0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026: return true
        default: return false
        }
    }
}

/// The part of a file worth scoring: its lines that hold a byte above 0x7F, up to
/// `VietnameseScorer.sampleLimit` bytes, so a file whose first 64 KB are ASCII is still
/// judged on its letters, and scoring costs the same for any size of file.
enum ScoringSample {
    static func of(_ bytes: [UInt8], limit: Int = VietnameseScorer.sampleLimit) -> [UInt8] {
        var sample: [UInt8] = []
        var lineStart = 0
        var lineHasHigh = false
        for index in bytes.indices {
            if sample.count >= limit { break }
            if bytes[index] >= 0x80 { lineHasHigh = true }
            let lineEnds = bytes[index] == 0x0A || bytes[index] == 0x0D || index == bytes.count - 1
            guard lineEnds || index - lineStart + 1 >= limit else { continue }
            if lineHasHigh { sample += bytes[lineStart...min(index, lineStart + limit - sample.count - 1)] }
            lineStart = index + 1
            lineHasHigh = false
        }
        return sample
    }
}
