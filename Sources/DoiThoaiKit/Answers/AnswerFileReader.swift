import Foundation

/// Reads one department answer file (`answers/*.csv`) with the same decoder and CSV
/// reader as the questions.
public struct AnswerFileReader: Sendable {
    let departments: DepartmentMatcher

    public init(departments: [Department]) {
        self.departments = DepartmentMatcher(departments: departments)
    }

    public func read(file: String, bytes: [UInt8]) -> FileReading<Answer> {
        let table = TableFileReader(missingHeaderReason: "tệp trả lời không có dòng tiêu đề với cột \"Mã câu hỏi\" và \"Nội dung trả lời\" — dùng đúng tiêu đề của bảng gửi cơ quan.")
        return table.read(file: file, bytes: bytes, isHeader: {
            let layout = AnswerColumn.layout(of: $0)
            return layout[.code] != nil && layout[.text] != nil
        }) { header, record in
            parse(record, layout: AnswerColumn.layout(of: header), file: file)
        }
    }

    func parse(_ record: CSVRecord, layout: [AnswerColumn: Int], file: String) -> Result<Answer, RowProblem> {
        func value(_ column: AnswerColumn) -> String? {
            guard let index = layout[column], index < record.fields.count else { return nil }
            let text = VietnameseText.cellValue(record.fields[index])
            return text.isEmpty ? nil : text
        }
        guard let code = value(.code)?.uppercased() else {
            return .failure(RowProblem(reason: "thiếu mã câu hỏi — điền mã như trong bảng Sở Nội vụ gửi (vd. CB25-0001)."))
        }
        guard let text = value(.text) else {
            return .failure(RowProblem(reason: "câu hỏi \(code) chưa có nội dung trả lời — điền nội dung hoặc xóa dòng."))
        }
        return departments.match(value(.department), code: code).map { department in
            Answer(place: SourcePlace(file: file, row: record.line), code: code, department: department,
                   text: text, date: value(.date), letter: value(.letter), form: AnswerForm(written: value(.form)),
                   action: PromisedAction(form: value(.form), due: value(.actionDue)))
        }
    }
}
