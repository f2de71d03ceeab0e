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
    public static func estimatedLines(_ text: String, columnWidth: Double, fontSize: Double) -> Int {
        let capacity = charactersPerLine(columnWidth: columnWidth, fontSize: fontSize)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return lines.reduce(0) { $0 + wrappedLines($1, capacity: capacity) }
    }

    /// A column width counts widths of Calibri 11 digits; larger fonts fit fewer characters.
    static func charactersPerLine(columnWidth: Double, fontSize: Double) -> Int {
        guard columnWidth.isFinite, fontSize.isFinite, fontSize > 0 else { return 1 }
        let usable = columnWidth * (11 / fontSize) * fill
        return max(1, Int(usable.rounded(.down)))
    }

    /// Greedy word wrap of one line; words longer than a line are broken.
    static func wrappedLines(_ line: Substring, capacity: Int) -> Int {
        var lines = 1
        var used = 0
        for word in line.split(separator: " ") {
            let width = displayWidth(word)
            if used > 0, used + 1 + width <= capacity {
                used += 1 + width
                continue
            }
            if used > 0 { lines += 1 }
            let extra = (width - 1) / capacity  // lines a long word spills onto
            lines += max(0, extra)
            used = width - max(0, extra) * capacity
        }
        return lines
    }

    /// Vietnamese letters with diacritics are one character wide; CJK and emoji two.
    static func displayWidth(_ word: Substring) -> Int {
        word.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
