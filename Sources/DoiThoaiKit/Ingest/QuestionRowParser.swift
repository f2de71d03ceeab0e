import Foundation

/// Turns one data record into a question, given the file's header layout.
struct QuestionRowParser {
    let header: [String]
    let layout: [QuestionColumn: Int]
    let units: UnitResolver
    /// The unit named by the file name, used when the file has no unit column.
    let fileUnit: CampaignUnit?
    /// Set once the signature block below the table has begun.
    private(set) var inFooter = false

    init(header: [String], layout: [QuestionColumn: Int], units: UnitResolver, fileUnit: CampaignUnit?) {
        self.header = header
        self.layout = layout
        self.units = units
        self.fileUnit = fileUnit
    }

    mutating func parse(_ record: CSVRecord, file: String) -> Result<IncomingQuestion, RowProblem> {
        // Field counts were checked by TableFileReader, for every kind of table alike.
        let fields = record.fields
        let text = value(.text, in: fields) ?? ""
        if text.isEmpty && (inFooter || SignatureFooter.contains(fields)) {
            inFooter = true
            return .failure(RowProblem(reason: "dòng thuộc phần ký tên cuối bảng (\"\(SignatureFooter.summary(fields))\"), không phải câu hỏi — không cần sửa."))
        }
        if text.isEmpty {
            return .failure(RowProblem(reason: "thiếu nội dung câu hỏi (cột \"\(header[layout[.text]!])\") — điền nội dung hoặc xóa dòng."))
        }
        if !(SimpleScalars.containsLetter(text) ?? text.contains(where: { $0.isLetter })) {
            return .failure(RowProblem(reason: "nội dung \"\(text.prefix(40))\" không có chữ — điền nội dung câu hỏi hoặc xóa dòng."))
        }
        return unit(in: fields).map { unit in
            IncomingQuestion(
                place: SourcePlace(file: file, row: record.line), unit: unit, text: text,
                asker: asker(in: fields), category: AskerCategory(written: value(.category, in: fields)),
                suggestedTopic: value(.suggestedTopic, in: fields), submittedAt: value(.date, in: fields))
        }
    }

    /// The unit from the unit column, else from the file name.
    private func unit(in fields: [String]) -> Result<CampaignUnit, RowProblem> {
        guard layout[.unit] != nil else {
            if let fileUnit { return .success(fileUnit) }
            return .failure(RowProblem(reason: "không xác định được đơn vị: tệp không có cột \"Đơn vị\" và tên tệp không trùng tên xã, phường nào trong campaign.yml — đặt tên tệp theo đơn vị (vd. xa-dam-thuy.csv) hoặc thêm cột \"Đơn vị\"."))
        }
        let written = value(.unit, in: fields) ?? ""
        if written.isEmpty, let fileUnit { return .success(fileUnit) }
        switch units.resolve(name: written) {
        case .unit(let unit): return .success(unit)
        case .ambiguous(let candidates):
            return .failure(RowProblem(reason: "đơn vị \"\(written)\" có thể là \(Self.names(candidates)) — ghi đầy đủ tên có dấu."))
        case .unknown(let closest):
            let hint = closest.isEmpty ? "" : " Có phải là: \(Self.names(closest))?"
            return .failure(RowProblem(reason: "không có đơn vị \"\(written)\" trong danh sách đơn vị của campaign.yml.\(hint) Sửa tên đơn vị hoặc bổ sung vào units."))
        }
    }

    private func asker(in fields: [String]) -> Asker {
        Asker(name: value(.name, in: fields), birthYear: value(.birthYear, in: fields).flatMap(Self.year),
              address: value(.address, in: fields), phone: value(.phone, in: fields), email: value(.email, in: fields))
    }

    /// A trimmed, NFC field value; nil when the column is absent or the cell empty.
    private func value(_ column: QuestionColumn, in fields: [String]) -> String? {
        guard let index = layout[column], index < fields.count else { return nil }
        let trimmed = VietnameseText.cellValue(fields[index])
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A four-digit year in a birth year or a birth date ("2001", "12/03/2001").
    static func year(_ text: String) -> Int? {
        let digitRuns = text.split { !$0.isASCII || !$0.isNumber }
        return digitRuns.lazy.compactMap { Int($0) }.first { (1900...2100).contains($0) }
    }

    static func names(_ units: [CampaignUnit]) -> String {
        units.map(\.name).joined(separator: ", ")
    }
}
