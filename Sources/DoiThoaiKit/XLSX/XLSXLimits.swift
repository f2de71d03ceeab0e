/// Excel's hard limits, enforced by the Swift layer before libxlsxwriter sees a value,
/// plus a helper to split text that would not fit one cell.
public enum XLSXLimits {
    /// Characters (UTF-16 code units, as Excel counts them) in one cell.
    public static let maxCellCharacters = 32_767
    /// Rows per worksheet; valid rows are `0..<maxRows`.
    public static let maxRows = 1_048_576
    /// Columns per worksheet; valid columns are `0..<maxColumns`.
    public static let maxColumns = 16_384
    /// Characters in a worksheet name.
    public static let maxSheetNameCharacters = 31
    /// Characters in a formula.
    public static let maxFormulaCharacters = 8_192
    /// Characters in a number format code.
    public static let maxNumberFormatCharacters = 255
    /// Characters in a font name.
    public static let maxFontNameCharacters = 31
    /// Row height in points.
    public static let maxRowHeight = 409.0
    /// Column width in character units.
    public static let maxColumnWidth = 255.0

    /// Splits `text` into pieces of at most `limit` UTF-16 units each.
    ///
    /// Pieces end after the last whitespace that fits when there is one, otherwise at the last
    /// grapheme cluster that fits; `pieces.joined() == text` always. A text that fits comes back
    /// as one piece (so `""` gives `[""]`). Only a single grapheme cluster longer than `limit`
    /// is cut between its Unicode scalars, since nothing else can make it fit.
    /// - Precondition: `limit >= 2`, so that any Unicode scalar (at most 2 UTF-16 units) fits.
    public static func splitForCells(_ text: String, limit: Int = maxCellCharacters) -> [String] {
        precondition(limit >= 2, "splitForCells needs a limit of at least 2 UTF-16 units")
        // At most `limit` UTF-8 bytes is at most `limit` UTF-16 units: no need to count them.
        guard text.utf8.count > limit else { return [text] }
        var remaining = text.utf16.count
        guard remaining > limit else { return [text] }
        var pieces: [String] = []
        var rest = Substring(text)
        while remaining > limit {
            let piece = firstPiece(of: rest, limit: limit)
            pieces.append(String(piece))
            remaining -= piece.utf16.count
            // Slice the scalar view: a plain String subscript would round a cut made
            // inside a grapheme cluster down to the cluster's start.
            rest = Substring(rest.unicodeScalars[piece.endIndex...])
        }
        pieces.append(String(rest))
        return pieces
    }

    /// The longest prefix of `text` within `limit`, ending after whitespace if possible.
    static func firstPiece(of text: Substring, limit: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        var afterWhitespace: Substring.Index?
        for character in text {
            let width = character.utf16.count
            if used + width > limit { break }
            used += width
            end = text.index(after: end)
            if character.isWhitespace { afterWhitespace = end }
        }
        if end == text.startIndex { return scalarPrefix(of: text, limit: limit) }
        return text[..<(afterWhitespace ?? end)]
    }

    /// Prefix cut between Unicode scalars, for a grapheme cluster longer than `limit`.
    static func scalarPrefix(of text: Substring, limit: Int) -> Substring {
        var used = 0
        var end = text.unicodeScalars.startIndex
        for scalar in text.unicodeScalars {
            let width = scalar.utf16.count
            if used + width > limit { break }
            used += width
            end = text.unicodeScalars.index(after: end)
        }
        return Substring(text.unicodeScalars[..<end])
    }
}
