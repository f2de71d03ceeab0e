/// Estimates row heights for wrapped text.
///
/// libxlsxwriter never sizes rows, and LibreOffice does not grow a row with a fixed
/// default height when a cell wraps, so long text overlaps the next row. The estimate
/// simulates word wrapping and errs on the tall side.
public enum RowHeight {
    /// Points per line, as a multiple of the font size. LibreOffice sets Times New Roman
    /// (Liberation Serif) 12 pt at about 1.15 × the size; 1.22 keeps a margin. (1.35 left
    /// a third of every tall row empty in the rendered example: 71 pages instead of 62.)
    static let lineSpacing = 1.22
    /// Extra points for the cell's top and bottom padding.
    static let padding = 3.0
    /// Characters per column-width unit at 11 pt. Measured in LibreOffice on the example
    /// campaign: 29 characters of Vietnamese text in Times New Roman 12 pt fit a 22-unit
    /// column (1.45 per unit at 11 pt); 1.38 leaves a margin so that text never overlaps.
    static let fill = 1.38

    /// Height in points of the tallest of `texts`, each in a column `columnWidth`
    /// Excel character units wide: at least one line, at most 409 points.
    public static func points(for texts: [(text: String, columnWidth: Double)], fontSize: Double) -> Double {
        let size = usableFontSize(fontSize)
        let lines = texts.map { estimatedLines($0.text, columnWidth: $0.columnWidth, fontSize: size) }.max() ?? 1
        return points(lines: lines, fontSize: size)
    }

    /// Height in points of `lines` lines of text: at least one line, at most 409 points.
    public static func points(lines: Int, fontSize: Double) -> Double {
        let size = usableFontSize(fontSize)
        return min(XLSXLimits.maxRowHeight, Double(max(1, lines)) * size * lineSpacing + padding)
    }

    static func usableFontSize(_ fontSize: Double) -> Double {
        fontSize.isFinite && fontSize > 0 ? fontSize : 11
    }

    /// Lines `text` takes when wrapped in a column `columnWidth` units wide; every explicit
    /// line break starts a new line, and an empty text still takes one line.
    ///
    /// One pass over the UTF-8 bytes, decoding scalars by hand, not over Characters:
    /// grapheme breaking made this function 29% of a 50,000-question run (perf), and the
    /// scalar view's iterator still 6% of writing a 100,000-question run's workbooks. A
    /// combining mark adds no width, so NFC and NFD text measure alike, as Characters did;
    /// an emoji sequence joined by ZWJ counts each of its parts (taller, never shorter,
    /// than the Character count).
    public static func estimatedLines(_ text: String, columnWidth: Double, fontSize: Double) -> Int {
        let capacity = charactersPerLine(columnWidth: columnWidth, fontSize: fontSize)
        return ByteScan.withBytes(of: text) { estimatedLines($0, capacity: capacity) }
    }

    static func estimatedLines(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int) -> Int {
        // No scalar is wider than its UTF-8 bytes, so a short text without a line break
        // fits one line: most cells (codes, names, statuses) are decided by one byte scan.
        if bytes.count <= capacity && !containsLineBreak(bytes) { return 1 }
        var wrap = LineWrap(capacity: capacity)
        var lines = 0
        var previousWasCarriageReturn = false
        var index = 0
        while index < bytes.count {
            // Printable ASCII first, without decoding: most bytes of any text (perf at 100k:
            // this function and `width(of:)` were a fifth of the Swift side of writing).
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x80 {
                wrap.add(width: 1)
                previousWasCarriageReturn = false
                index += 1
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: index)
            index += length
            if isLineBreak(scalar) {
                // "\r\n" is one break, as it is one Character.
                if !(scalar == 0x0A && previousWasCarriageReturn) { lines += wrap.finish() }
                previousWasCarriageReturn = scalar == 0x0D
                continue
            }
            previousWasCarriageReturn = false
            if scalar == 0x20 { wrap.endWord() } else { wrap.add(width: width(of: scalar)) }
        }
        return lines + wrap.finish()
    }

    /// The scalar starting at `index` of valid UTF-8 (a Swift string's bytes), and its length.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Greedy word wrap of one line, fed word by word; words longer than a line are broken.
    struct LineWrap {
        let capacity: Int
        var lines = 1
        var used = 0
        var word = 0

        init(capacity: Int) {
            self.capacity = capacity
        }

        mutating func add(width: Int) { word += width }

        mutating func endWord() {
            guard word > 0 else { return }
            defer { word = 0 }
            if used > 0, used + 1 + word <= capacity {
                used += 1 + word
                return
            }
            if used > 0 { lines += 1 }
            let extra = (word - 1) / capacity  // lines a long word spills onto
            lines += max(0, extra)
            used = word - max(0, extra) * capacity
        }

        /// The line's count, and a fresh start for the next line.
        mutating func finish() -> Int {
            endWord()
            defer { self = LineWrap(capacity: capacity) }
            return lines
        }
    }

    /// Whether `text` holds a scalar `isLineBreak` accepts, by its UTF-8 bytes: 0A–0D,
    /// C2 85 (U+0085) and E2 80 A8/A9 (U+2028, U+2029).
    static func containsLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if (0x0A...0x0D).contains(byte) { return true }
            if byte == 0x85 && previous.1 == 0xC2 { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    static func isLineBreak(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Vietnamese letters with diacritics are one character wide; CJK and emoji two;
    /// combining marks, variation selectors and joiners none.
    @inline(__always)
    static func width(of value: UInt32) -> Int {
        if value < 0x0300 { return 1 }
        // Vietnamese letters with tone marks (Latin Extended Additional), before the ranges below.
        if (0x1E00...0x1EFF).contains(value) { return 1 }
        return widthBeyondVietnamese(value)
    }

    /// `width(of:)` for the rarer scalars, out of line so that the common case inlines small.
    static func widthBeyondVietnamese(_ value: UInt32) -> Int {
        switch value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200D, 0x20D0...0x20FF,
             0xFE00...0xFE0F, 0xFE20...0xFE2F:
            return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return value >= 0x2190 && Unicode.Scalar(value)!.properties.isEmojiPresentation ? 2 : 1
        }
    }

    /// A column width counts widths of Calibri 11 digits; larger fonts fit fewer characters.
    static func charactersPerLine(columnWidth: Double, fontSize: Double) -> Int {
        guard columnWidth.isFinite, fontSize.isFinite, fontSize > 0 else { return 1 }
        let usable = columnWidth * (11 / fontSize) * fill
        return max(1, Int(usable.rounded(.down)))
    }
}
