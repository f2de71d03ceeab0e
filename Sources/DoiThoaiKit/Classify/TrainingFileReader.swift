import Foundation

/// One labelled question from an earlier year, as written in `input/training/*.csv`.
public struct TrainingRow: Hashable, Codable, Sendable {
    public var place: SourcePlace
    public var text: String
    public var topic: String
}

/// Reads training files: columns "Nội dung" (the question) and "Nhóm vấn đề" (a topic code
/// of `campaign.yml`, or the topic's name). Same decoder and CSV reader as every other input;
/// a row with an unknown topic is rejected with the codes to choose from.
public struct TrainingFileReader: Sendable {
    let topicByKey: [String: String]
    let codes: [String]

    public init(topics: [Topic]) {
        codes = topics.map(\.code)
        topicByKey = topics.codesByFoldedCodeAndName
    }

    static let columns: [String: String] = [
        "noi dung": "text", "noi dung cau hoi": "text", "cau hoi": "text",
        "nhom van de": "topic", "ma nhom van de": "topic", "linh vuc": "topic",
    ]

    public func read(file: String, bytes: [UInt8]) -> FileReading<TrainingRow> {
        let table = TableFileReader(missingHeaderReason: "tệp huấn luyện không có dòng tiêu đề \"Nội dung\", \"Nhóm vấn đề\" — thêm dòng tiêu đề.")
        return table.read(file: file, bytes: bytes, isHeader: { NamedColumns(header: $0, names: Self.columns).has(["text", "topic"]) }) { header, record in
            parse(record, columns: NamedColumns(header: header, names: Self.columns), file: file)
        }
    }

    func parse(_ record: CSVRecord, columns: NamedColumns, file: String) -> Result<TrainingRow, RowProblem> {
        func value(_ column: String) -> String { columns.value(column, in: record) }
        let (text, written) = (value("text"), value("topic"))
        guard !text.isEmpty else { return .failure(RowProblem(reason: "thiếu nội dung câu hỏi — điền nội dung hoặc xóa dòng.")) }
        guard let topic = topicByKey[VietnameseText.fold(written)] else {
            let shown = written.isEmpty ? "trống" : "\"\(written)\""
            return .failure(RowProblem(reason: "nhóm vấn đề \(shown) không có trong campaign.yml — ghi một mã: "
                                       + codes.joined(separator: ", ") + "."))
        }
        return .success(TrainingRow(place: SourcePlace(file: file, row: record.line), text: VietnameseText.nfc(text), topic: topic))
    }
}
