/// A1-style cell names, for error messages people can find in a spreadsheet.
enum CellReference {
    /// "A1" for row 0, column 0; falls back to R/C numbers for negative input.
    static func name(row: Int, column: Int) -> String {
        guard row >= 0, column >= 0 else { return "R\(row)C\(column)" }
        return columnName(column) + String(row + 1)
    }

    /// "A", "Z", "AA", … (bijective base 26).
    static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    /// "A1:C3".
    static func range(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) -> String {
        name(row: firstRow, column: firstColumn) + ":" + name(row: lastRow, column: lastColumn)
    }
}
