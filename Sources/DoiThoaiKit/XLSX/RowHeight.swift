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
        let size = fontSize.isFinite && fontSize > 0 ? fontSize : 11
        let lines = texts.map { estimatedLines($0.text, columnWidth: $0.columnWidth, fontSize: size) }.max() ?? 1
        return min(XLSXLimits.maxRowHeight, Double(max(1, lines)) * size * lineSpacing + padding)
    }

    /// Lines `text` takes when wrapped in a column `columnWidth` units wide; every explicit
    /// line break starts a new line, and an empty text still takes one line.
    ///
    /// One pass over Unicode scalars, not Characters: grapheme breaking made this function
    /// 29% of a 50,000-question run (perf). A combining mark adds no width, so NFC and NFD
    /// text measure alike, as Characters did; an emoji sequence joined by ZWJ counts each of
    /// its parts (taller, never shorter, than the Character count).
    public static func estimatedLines(_ text: String, columnWidth: Double, fontSize: Double) -> Int {
        let capacity = charactersPerLine(columnWidth: columnWidth, fontSize: fontSize)
        // No scalar is wider than its UTF-8 bytes, so a short text without a line break
        // fits one line: most cells (codes, names, statuses) are decided by one byte scan.
        if text.utf8.count <= capacity && !containsLineBreak(text) { return 1 }
        var wrap = LineWrap(capacity: capacity)
        var lines = 0
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                // "\r\n" is one break, as it is one Character.
                if !(scalar == "\n" && previousWasCarriageReturn) { lines += wrap.finish() }
                previousWasCarriageReturn = scalar == "\r"
                continue
            }
            previousWasCarriageReturn = false
            if scalar == " " { wrap.endWord() } else { wrap.add(width: width(of: scalar)) }
        }
        return lines + wrap.finish()
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
    static func containsLineBreak(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if (0x0A...0x0D).contains(byte) { return true }
            if byte == 0x85 && previous.1 == 0xC2 { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Vietnamese letters with diacritics are one character wide; CJK and emoji two;
    /// combining marks, variation selectors and joiners none.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x0300 { return 1 }
        switch value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200D, 0x20D0...0x20FF,
             0xFE00...0xFE0F, 0xFE20...0xFE2F:
            return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return value >= 0x2190 && scalar.properties.isEmojiPresentation ? 2 : 1
        }
    }

    /// A column width counts widths of Calibri 11 digits; larger fonts fit fewer characters.
    static func charactersPerLine(columnWidth: Double, fontSize: Double) -> Int {
        guard columnWidth.isFinite, fontSize.isFinite, fontSize > 0 else { return 1 }
        let usable = columnWidth * (11 / fontSize) * fill
        return max(1, Int(usable.rounded(.down)))
    }
}
