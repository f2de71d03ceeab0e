/// Cuts UTF-8 text into words (runs of letters, digits and the combining marks inside them)
/// without building a `Character` or a `String` per word.
///
/// Why not `VietnameseText.words(of:)`: it asks Unicode for each grapheme's properties,
/// which was the largest single cost of grouping a million questions (measured with perf,
/// BENCHMARKS.md). Vietnamese letters lie in a few known ranges, checked here first; any
/// other scalar is classified by its Unicode properties, as before.
enum WordScanner {
    /// Calls `body` with the byte range of each word of `bytes`, in order.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start: Int?
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decode(bytes, at: index)
            let isWordPart = isWordScalar(scalar) || (start != nil && isCombiningMark(scalar))
            if isWordPart, start == nil { start = index }
            if !isWordPart, let first = start {
                body(first..<index)
                start = nil
            }
            index += length
        }
        if let first = start { body(first..<bytes.count) }
    }

    /// The scalar at `index` of valid UTF-8 (a Swift string's bytes always are) and its length.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        func next(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        switch lead {
        case 0..<0x80: return (lead, 1)
        case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | next(1), 2)
        case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
        default: return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        }
    }

    /// A letter or a digit.
    static func isWordScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        case 0xD7, 0xF7: return false  // × and ÷
        case 0xC0...0x24F, 0x1EA0...0x1EFF: return true  // Latin letters with marks: all of Vietnamese
        default:
            guard let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Combining marks belong to the word they follow (text in decomposed form, NFD).
    static func isCombiningMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x300...0x36F: return true
        case 0..<0x300: return false
        default:
            guard let scalar = Unicode.Scalar(value) else { return false }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }
}
