import Foundation

/// Text forms used for *matching* Vietnamese text. The displayed text is never changed.
///
/// All functions work per field (a few hundred characters): Foundation's NFC on one
/// large string is quadratic on Linux, so never call these on a whole file.
public enum VietnameseText {
    /// NFC, the form every stored text is in.
    public static func nfc(_ text: String) -> String {
        SimpleScalars.allSimple(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// A cell's value as it is stored: NFC, white space trimmed at both ends.
    public static func cellValue(_ text: String) -> String {
        SimpleScalars.trimmingWhitespace(nfc(text))
    }

    /// The key on which two texts count as the same question: NFC, lower case,
    /// punctuation dropped, spacing collapsed. Keeps diacritics ("má" ≠ "mà").
    public static func matchKey(_ text: String) -> String {
        SimpleScalars.lowercasedJoinedWords(text) ?? joinedWords(nfc(text).lowercased())
    }

    /// Lower-case text without diacritics (`đ` → `d`), punctuation dropped, spacing
    /// collapsed. Finds candidates (headers, unit names, text typed without marks);
    /// never decides on its own that two different texts are the same.
    public static func fold(_ text: String) -> String {
        let stripped = stripDiacritics(text)
        return SimpleScalars.lowercasedJoinedWords(stripped) ?? joinedWords(stripped.lowercased())
    }

    /// Whether a `fold`ed key holds `phrase` (lower-case ASCII words), compared byte by byte:
    /// an ASCII byte never occurs inside a longer UTF-8 sequence, so that is the same as
    /// comparing scalars. Foundation's `contains` goes through NSString on Linux, which was
    /// ~7% of reading the question files at 100k (perf), and the standard library's generic
    /// `firstRange(of:)` was slower still (type metadata looked up on every call). Keys and
    /// phrases are a few dozen bytes: a plain search is enough.
    static func folded(_ key: String, contains phrase: String) -> Bool {
        var key = key
        var phrase = phrase
        return key.withUTF8 { haystack in
            phrase.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                return (0...(haystack.count - needle.count)).contains { start in
                    needle.indices.allSatisfy { haystack[start + $0] == needle[$0] }
                }
            }
        }
    }

    /// `words(of:)` joined by single spaces; per scalar when the text allows it.
    static func joinedWords(_ text: String) -> String {
        SimpleScalars.joinedWords(text) ?? words(of: text).joined(separator: " ")
    }

    /// ASCII kebab-case slug, as in file names: "Xã Đàm Thủy" → "xa-dam-thuy".
    public static func slug(_ text: String) -> String {
        fold(text).replacingOccurrences(of: " ", with: "-")
    }

    /// True when the text carries no Vietnamese diacritic at all (typed without marks).
    public static func lacksDiacritics(_ text: String) -> Bool {
        stripDiacritics(text) == text
    }

    /// Removes combining marks after canonical decomposition, and maps đ/Đ to d/D
    /// (Unicode does not decompose đ, so Foundation's diacritic folding keeps it).
    public static func stripDiacritics(_ text: String) -> String {
        guard SimpleScalars.allSimple(text) else { return stripDiacriticsDecomposing(text) }
        // Simple scalars decompose each on its own, so each is stripped on its own, once.
        var stripped = ""
        stripped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII { stripped.unicodeScalars.append(scalar) } else { stripped += strippedScalars[scalar] ?? String(scalar) }
        }
        return stripped
    }

    /// Every non-ASCII simple scalar stripped by the general path, worked out once.
    private static let strippedScalars: [Unicode.Scalar: String] = {
        let pairs = SimpleScalars.nonASCIIRanges.joined().compactMap(Unicode.Scalar.init).map { ($0, stripDiacriticsDecomposing(String($0))) }
        return Dictionary(uniqueKeysWithValues: pairs)
    }()

    /// The general path: canonical decomposition through Foundation, marks dropped.
    static func stripDiacriticsDecomposing(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: scalars.append("d")
            case 0x0110, 0x00D0: scalars.append("D")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Splits into words of letters and digits; everything else separates.
    static func words(of text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
