/// Fast, exact paths for the text nearly every question is written in.
///
/// Foundation's normalisation and trimming bridge through NSString and UTF-16 on Linux,
/// and splitting on Characters runs grapheme breaking: at 100,000 questions these were
/// about a fifth of a whole run (perf). Text made only of *simple* scalars needs none of
/// that: each such scalar is a grapheme cluster of its own (except CR LF, a separator
/// either way), is already in NFC and composes with nothing, so per-scalar work gives the
/// same answer as the Unicode algorithms. Anything else takes the general path, which
/// stays the reference (SimpleScalarsTests compares both on real and random text).
enum SimpleScalars {
    /// The simple scalars above ASCII (see `allSimple`), for tables worked out once.
    static let nonASCIIRanges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1E00...0x1EFF, 0x2010...0x205F]

    /// True when every scalar is below U+0300 (ASCII, Latin-1, Latin Extended-A and -B:
    /// ơ, ư, đ), in Latin Extended Additional (U+1E00–U+1EFF: every precomposed
    /// Vietnamese letter with its tone) or in U+2010–U+205F (dashes, quotes, ellipsis).
    /// Combining marks (U+0300–U+036F), joiners and variation selectors are not simple.
    static func allSimple(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 { continue }
            if byte >= 0xC2 && byte <= 0xCB {  // two bytes, U+0080–U+02FF
                _ = utf8.next()
                continue
            }
            guard byte == 0xE1 || byte == 0xE2, let second = utf8.next(), let third = utf8.next() else { return false }
            if byte == 0xE1 && (0xB8...0xBB).contains(second) { continue }  // U+1E00–U+1EFF
            if byte == 0xE2 && ((second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0x9F)) { continue }
            return false
        }
        return true
    }

    /// A scalar that belongs to a word: what `Character.isLetter || isNumber` says of
    /// a Character made of this one scalar.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The words of a simple text joined by one space, or nil when the text is not simple.
    static func joinedWords(_ text: String) -> String? {
        joinedWords(text, mapped: ScalarTable.unchanged)
    }

    /// `joinedWords(text.lowercased())` in one pass over the bytes, or nil when the text is
    /// not simple or a scalar of it lowers into something that is not one simple scalar
    /// ("İ" → "i" + U+0307). `lowercased()` maps scalar by scalar, without context, so the
    /// table of each simple scalar's mapping gives the same text. Worth it because every
    /// question's fingerprint needs it: `lowercased()` looks up each non-ASCII scalar's
    /// properties, ~15% of admission at 100k questions (perf).
    static func lowercasedJoinedWords(_ text: String) -> String? {
        joinedWords(text, mapped: ScalarTable.lowered)
    }

    /// The words of a simple text, each scalar replaced as `table` says, joined by one space;
    /// nil when the text is not simple or a scalar has no single simple replacement. Works on
    /// UTF-8 bytes: a simple scalar is one to three bytes.
    private static func joinedWords(_ text: String, mapped table: ScalarTable) -> String? {
        guard allSimple(text) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var inWord = false
        var bytes = text.utf8.makeIterator()
        while let lead = bytes.next() {
            let entry = table.entry(decodingFrom: lead, &bytes)
            guard entry != ScalarTable.notOneSimpleScalar else { return nil }
            if entry & ScalarTable.wordFlag != 0 {
                if !inWord && !output.isEmpty { output.append(0x20) }
                appendUTF8(entry & ~ScalarTable.wordFlag, to: &output)
                inWord = true
            } else {
                inWord = false
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// What each simple scalar becomes under a mapping, when that is one simple scalar,
    /// flagged when the result belongs to a word; worked out once per mapping.
    private struct ScalarTable {
        static let notOneSimpleScalar = UInt32.max
        static let wordFlag: UInt32 = 1 << 31
        static let unchanged = ScalarTable { String($0) }
        static let lowered = ScalarTable { String($0).lowercased() }

        let below0300: [UInt32]
        let vietnamese: [UInt32]

        init(_ mapping: (Unicode.Scalar) -> String) {
            func entry(_ value: UInt32) -> UInt32 {
                let mapped = mapping(Unicode.Scalar(value)!).unicodeScalars
                guard mapped.count == 1, let scalar = mapped.first, allSimple(String(scalar)) else { return Self.notOneSimpleScalar }
                return scalar.value | (isWordScalar(scalar) ? Self.wordFlag : 0)
            }
            below0300 = (0..<0x300).map { entry(UInt32($0)) }
            vietnamese = (0x1E00...0x1EFF).map { entry(UInt32($0)) }
        }

        /// The entry of the simple scalar starting with `lead`, its continuation bytes read from `bytes`.
        @inline(__always)
        func entry(decodingFrom lead: UInt8, _ bytes: inout String.UTF8View.Iterator) -> UInt32 {
            if lead < 0x80 { return below0300[Int(lead)] }
            var value = UInt32(lead & (lead < 0xE0 ? 0x1F : 0x0F))
            for _ in 0..<(lead < 0xE0 ? 1 : 2) { value = value << 6 | UInt32(bytes.next()! & 0x3F) }
            switch value {
            case ..<0x300: return below0300[Int(value)]
            case 0x1E00...0x1EFF: return vietnamese[Int(value - 0x1E00)]
            default: return value  // U+2010–U+205F: punctuation, no case, not a word
            }
        }
    }

    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Whether a simple text holds a letter, or nil when it is not simple.
    static func containsLetter(_ text: String) -> Bool? {
        guard allSimple(text) else { return nil }
        return text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The text without leading and trailing white space, as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it: that set is Unicode's
    /// White_Space (Z* plus U+0009–U+000D and U+0085), which is what is tested here.
    static func trimmingWhitespace(_ text: String) -> String {
        trimming(text) { $0.properties.isWhitespace }
    }

    /// The text without the scalars `isTrimmed` accepts at either end; the same string when
    /// there are none.
    static func trimming(_ text: String, _ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
