import Foundation

/// One staff correction, as written in `input/corrections/*.csv`.
public struct Correction: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// The question is the same concern as `other`'s: it joins that group.
        case sameAs = "trùng với"
        /// The question is not the same concern as `other`'s: never in one group.
        case notDuplicateOf = "không trùng với"
        /// The question's topic is `other` (a topic code): overrides the classifier, and
        /// teaches it on the next run.
        case topic = "nhóm vấn đề"
    }

    public var place: SourcePlace
    public var code: String
    public var kind: Kind
    public var other: String
}

/// Reads correction files: columns "Mã câu hỏi", "Sửa" ("trùng với" / "không trùng với" /
/// "nhóm vấn đề"), "Mã liên quan" (a question code, or for "nhóm vấn đề" a topic code).
/// Same decoder and CSV reader as every other input.
public struct CorrectionFileReader: Sendable {
    public init() {}

    static let columns: [String: String] = [
        "ma cau hoi": "code", "ma": "code", "sua": "kind", "loai sua": "kind", "noi dung sua": "kind",
        "ma lien quan": "other", "trung voi ma": "other", "ma khac": "other",
    ]

    public func read(file: String, bytes: [UInt8]) -> FileReading<Correction> {
        let table = TableFileReader(missingHeaderReason: "tệp sửa lỗi không có dòng tiêu đề \"Mã câu hỏi\", \"Sửa\", \"Mã liên quan\" — thêm dòng tiêu đề.")
        return table.read(file: file, bytes: bytes, isHeader: { NamedColumns(header: $0, names: Self.columns).has(["code", "kind", "other"]) }) { header, record in
            parse(record, columns: NamedColumns(header: header, names: Self.columns), file: file)
        }
    }

    func parse(_ record: CSVRecord, columns: NamedColumns, file: String) -> Result<Correction, RowProblem> {
        func value(_ column: String) -> String { columns.value(column, in: record) }
        let (code, written) = (value("code").uppercased(), VietnameseText.fold(value("kind")))
        guard !code.isEmpty, !value("other").isEmpty else {
            return .failure(RowProblem(reason: "thiếu mã câu hỏi hoặc mã liên quan — điền cả hai mã."))
        }
        let kind: Correction.Kind
        if written.hasPrefix("khong trung") { kind = .notDuplicateOf }
        else if written.hasPrefix("trung") || written.hasPrefix("la trung") { kind = .sameAs }
        else if written.hasPrefix("nhom van de") || written.hasPrefix("chu de") { kind = .topic }
        else {
            return .failure(RowProblem(reason: "không hiểu cách sửa \"\(value("kind"))\" — ghi \"trùng với\", "
                                       + "\"không trùng với\" hoặc \"nhóm vấn đề\"."))
        }
        // Question codes are upper case; topic codes are written as in campaign.yml.
        let other = kind == .topic ? value("other") : value("other").uppercased()
        return .success(Correction(place: SourcePlace(file: file, row: record.line), code: code, kind: kind, other: other))
    }
}

extension GroupCorrections {
    /// The corrections naming known codes; the others are rejected with a reason.
    /// "Not a duplicate" holds both ways.
    public init(_ corrections: [Correction], knownCodes: Set<String>, rejections: inout [Rejection]) {
        self.init()
        for correction in corrections where correction.kind != .topic {
            guard let unknown = [correction.code, correction.other].first(where: { !knownCodes.contains($0) }) else {
                switch correction.kind {
                case .sameAs: sameAs[correction.code] = correction.other
                case .notDuplicateOf:
                    notDuplicateOf[correction.code, default: []].insert(correction.other)
                    notDuplicateOf[correction.other, default: []].insert(correction.code)
                case .topic: break
                }
                continue
            }
            rejections.append(Rejection(file: correction.place.file, row: correction.place.row,
                                        reason: "Dòng \(correction.place.row): mã \"\(unknown)\" không có trong danh sách câu hỏi — kiểm tra lại mã."))
        }
    }
}
