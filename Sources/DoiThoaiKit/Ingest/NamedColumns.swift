import Foundation

/// The columns of a staff-made table found by their header names, folded ("Mã câu hỏi",
/// "MA CAU HOI" and "mã câu hỏi" alike): the first column with a known name wins.
struct NamedColumns {
    let index: [String: Int]

    /// `names` maps a folded header name to the column it stands for.
    init(header: [String], names: [String: String]) {
        var index: [String: Int] = [:]
        for (position, cell) in header.enumerated() {
            if let column = names[VietnameseText.fold(cell)], index[column] == nil { index[column] = position }
        }
        self.index = index
    }

    func has(_ columns: Set<String>) -> Bool { Set(index.keys).isSuperset(of: columns) }

    /// The record's trimmed value in `column`, empty when the column or the cell is absent.
    func value(_ column: String, in record: CSVRecord) -> String {
        guard let position = index[column], position < record.fields.count else { return "" }
        return SimpleScalars.trimmingWhitespace(record.fields[position])
    }
}
