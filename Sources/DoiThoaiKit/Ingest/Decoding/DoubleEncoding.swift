/// UTF-8 that was read as Windows-1252 and saved as UTF-8 again ("Ä‘á» nghá»‹" for "đề
/// nghị"): found in one pass over valid UTF-8, and undone by writing every character back
/// as its Windows-1252 byte, which gives the original UTF-8.
enum DoubleEncoding {
    /// What one pass over a file's bytes found.
    struct Analysis: Equatable {
        /// The offset of the first byte that is not UTF-8 at all, if any.
        var invalidUTF8At: Int?
        /// Runs of characters whose Windows-1252 bytes form the UTF-8 of a Vietnamese letter
        /// or tone mark ("Ä‘" → đ, "á»‡" → ệ): what double encoding leaves, and what
        /// genuine text almost never holds.
        var suspects = 0
        /// The 1-based line of the first suspect.
        var firstSuspectLine: Int?
        /// Non-ASCII characters without a Windows-1252 byte (ư, ạ, …): correct text, when
        /// there are suspects too, the file mixes both.
        var unrepresentable = 0
        /// Places where the Windows-1252 bytes of the characters break off as UTF-8: a byte
        /// was lost on the way (Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined,
        /// and many programs drop them: "á»" + a lost 0x81 was "ề").
        var brokenSequences = 0

        /// Whether the whole file can be undone, not only some of it.
        var isRepairable: Bool { unrepresentable == 0 && brokenSequences == 0 }
    }

    /// Validates `bytes` as UTF-8 and looks for double encoding, in one pass.
    static func analyse(_ bytes: ArraySlice<UInt8>) -> Analysis {
        var analysis = Analysis()
        var inner = InnerUTF8()
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0A { line += 1 }
                if inner.pending > 0 { analysis.brokenSequences += 1; inner = InnerUTF8() }
                index += 1
                continue
            }
            guard let (scalar, length) = scalar(in: bytes, at: index) else {
                analysis.invalidUTF8At = index - bytes.startIndex
                return analysis
            }
            index += length
            guard let byte = Windows1252.byte(for: scalar) else {
                analysis.unrepresentable += 1
                inner = InnerUTF8()
                continue
            }
            if !inner.feed(byte) {
                analysis.brokenSequences += 1
                inner = InnerUTF8()
                _ = inner.feed(byte)
            }
            if let letter = inner.completed, isVietnamese(letter) {
                analysis.suspects += 1
                if analysis.firstSuspectLine == nil { analysis.firstSuspectLine = line }
            }
        }
        if inner.pending > 0 { analysis.brokenSequences += 1 }
        return analysis
    }

    /// The Windows-1252 bytes of `bytes`' characters, when they are valid UTF-8: the text
    /// as it was before it was encoded twice. Nil when some character has no such byte.
    static func repair(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let (scalar, length) = scalar(in: bytes, at: index), let byte = Windows1252.byte(for: scalar) else {
                return nil
            }
            out.append(byte)
            index += length
        }
        return TextDecoder.firstInvalidUTF8Offset(out) == nil ? out : nil
    }

    private static func isVietnamese(_ scalar: UInt32) -> Bool {
        VietnameseLetters.byScalar[scalar] != nil || VietnameseLetters.tone(ofCombining: scalar) != nil
    }

    /// The scalar starting at `index` and its length in bytes, or nil when the bytes there
    /// are not UTF-8 (strict: no overlong forms, no surrogates, nothing above U+10FFFF).
    @inline(__always)
    static func scalar(in bytes: ArraySlice<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, lead <= 0xF4, index + length <= bytes.endIndex else { return nil }
        var scalar = UInt32(lead) & (0x7F >> UInt32(length))
        for k in 1..<length {
            let byte = bytes[index + k]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return (scalar, length)
    }

    /// A UTF-8 decoder over the Windows-1252 bytes of the characters: it tells when they
    /// complete a multi-byte character, and which.
    private struct InnerUTF8 {
        var pending = 0
        var value: UInt32 = 0
        var completed: UInt32?

        /// Takes one byte; false when it cannot continue UTF-8.
        mutating func feed(_ byte: UInt8) -> Bool {
            completed = nil
            if pending > 0 {
                guard byte & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(byte & 0x3F)
                pending -= 1
                if pending == 0 { completed = value }
                return true
            }
            switch byte {
            case 0..<0x80: return true
            case 0xC2...0xDF: pending = 1; value = UInt32(byte & 0x1F)
            case 0xE0...0xEF: pending = 2; value = UInt32(byte & 0x0F)
            case 0xF0...0xF4: pending = 3; value = UInt32(byte & 0x07)
            default: return false
            }
            return true
        }
    }
}
