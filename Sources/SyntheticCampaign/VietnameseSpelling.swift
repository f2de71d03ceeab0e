import Foundation

/// The spellings a question is re-typed in: without diacritics (phones without a
/// Vietnamese keyboard), with the old tone placement ("hoà" for "hòa"), and the ASCII
/// forms used in file names and e-mail addresses.
enum VietnameseSpelling {
    /// Tone marks as combining characters after canonical decomposition.
    static let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// The text without any diacritic: combining marks dropped, `đ` → `d`.
    static func withoutDiacritics(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: scalars.append("d")
            case 0x0110: scalars.append("D")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Lower-case ASCII words joined by `separator`: "Xã Đàm Thủy" → "xa-dam-thuy".
    static func ascii(_ text: String, separator: String) -> String {
        withoutDiacritics(text).lowercased()
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            .joined(separator: separator)
    }

    /// Every syllable ending in "oa", "oe" or "uy" with its tone moved from the first of the
    /// two vowels to the second, as typed before the 1980s rules: "hòa" → "hoà", "thủy" → "thuỷ".
    static func oldTonePlacement(_ text: String) -> String {
        var result = ""
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                result += oldTonePlacement(word: word)
                word = ""
                result.append(character)
            }
        }
        return result + oldTonePlacement(word: word)
    }

    /// One syllable in the old placement; unchanged when the rule does not apply.
    static func oldTonePlacement(word: String) -> String {
        var scalars = Array(word.decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let tone = scalars.firstIndex(where: toneMarks.contains), tone >= 1 else { return word }
        let mark = scalars.remove(at: tone)
        let letters = String(String.UnicodeScalarView(scalars)).lowercased()
        // The tone must sit on the first vowel of the final pair, i.e. follow the scalar before last.
        guard ["oa", "oe", "uy"].contains(where: letters.hasSuffix), tone == scalars.count - 1 else { return word }
        scalars.append(mark)
        return String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
    }
}
