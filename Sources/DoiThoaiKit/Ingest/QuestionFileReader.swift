/// Reads one question export: finds the header row, maps its columns, attributes every
/// row to a configured unit, and accepts or rejects each row with a reason.
public struct QuestionFileReader: Sendable {
    let units: UnitResolver

    public init(units: UnitResolver) {
        self.units = units
    }

    /// Reads `bytes`, the content of the file named `file` in `questions/`.
    public func read(file: String, bytes: [UInt8]) -> FileReading<IncomingQuestion> {
        let table = TableFileReader(missingHeaderReason: "tệp không có dòng tiêu đề với cột nội dung câu hỏi (\"Nội dung\", \"Câu hỏi\", \"Ý kiến, kiến nghị\"…) trong \(TableFileReader.headerSearchDepth) dòng đầu — thêm dòng tiêu đề.")
        var parser: QuestionRowParser?
        return table.read(file: file, bytes: bytes, isHeader: QuestionColumn.isHeader) { header, record in
            if parser == nil { parser = makeParser(header: header, file: file) }
            return parser!.parse(record, file: file)
        }
    }

    private func makeParser(header: [String], file: String) -> QuestionRowParser {
        let layout = QuestionColumn.layout(of: header)
        let fileUnit = units.resolve(fileName: file) ?? units.onlyUnit
        return QuestionRowParser(header: header, layout: layout, units: units, fileUnit: fileUnit)
    }
}
