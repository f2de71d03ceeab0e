import Foundation

/// Reads `input/follow-up/*.csv`: the tasks given in earlier years (last year's
/// `nhiem-vu-theo-doi.csv`, or typed from the Chairman's conclusion notice), with what
/// the departments reported. Same decoder and CSV reader as every other input.
public struct FollowUpFileReader: Sendable {
    let departments: DepartmentMatcher

    public init(departments: [Department]) {
        self.departments = DepartmentMatcher(departments: departments)
    }

    /// Folded header names → column; the first of each is what `nhiem-vu-theo-doi.csv` writes.
    static let columns: [String: String] = [
        "nam": "year", "nam giao": "year",
        "ma": "code", "ma cau hoi": "code", "ma nhom": "code",
        "noi dung cau hoi": "concern", "noi dung y kien": "concern", "van de": "concern",
        "co quan thuc hien": "department", "co quan": "department", "co quan chu tri": "department",
        "nhiem vu": "task", "noi dung nhiem vu": "task", "nhiem vu duoc giao": "task",
        "han thuc hien": "due", "thoi han": "due", "han hoan thanh": "due",
        "tinh trang": "progress", "trang thai": "progress",
        "ket qua thuc hien": "result", "ket qua": "result",
    ]

    public func read(file: String, bytes: [UInt8]) -> FileReading<Commitment> {
        let table = TableFileReader(missingHeaderReason: "tệp theo dõi nhiệm vụ không có dòng tiêu đề với các cột \"Mã\", \"Cơ quan thực hiện\", \"Nhiệm vụ\" — dùng tiêu đề của tệp nhiem-vu-theo-doi.csv.")
        return table.read(file: file, bytes: bytes, isHeader: {
            NamedColumns(header: $0, names: Self.columns).has(["code", "department", "task"])
        }) { header, record in
            parse(record, columns: NamedColumns(header: header, names: Self.columns), file: file)
        }
    }

    func parse(_ record: CSVRecord, columns: NamedColumns, file: String) -> Result<Commitment, RowProblem> {
        func value(_ column: String) -> String? {
            let text = VietnameseText.nfc(columns.value(column, in: record))
            return text.isEmpty ? nil : text
        }
        guard let code = value("code")?.uppercased() else {
            return .failure(RowProblem(reason: "thiếu mã câu hỏi của nhiệm vụ — ghi mã như trong thông báo kết luận (vd. CB24-0012)."))
        }
        guard let task = value("task") else {
            return .failure(RowProblem(reason: "nhiệm vụ của mã \(code) không có nội dung — điền nội dung nhiệm vụ hoặc xóa dòng."))
        }
        var due: Day?
        if let written = value("due") {
            guard let day = Day(written: written) else {
                return .failure(RowProblem(reason: "hạn thực hiện \"\(written)\" không đọc được — ghi dạng ngày/tháng/năm, ví dụ 31/12/2025."))
            }
            due = day
        }
        var year: Int?
        if let written = value("year") {
            guard let number = Int(written), (2000...2100).contains(number) else {
                return .failure(RowProblem(reason: "năm \"\(written)\" không đọc được — ghi năm giao nhiệm vụ, ví dụ 2024."))
            }
            year = number
        }
        let department: Department
        switch departments.match(value("department"), code: code, advice: "ghi cơ quan đang thực hiện nhiệm vụ (sau sắp xếp bộ máy, dùng tên cơ quan mới).") {
        case .success(let found): department = found
        case .failure(let problem): return .failure(problem)
        }
        let result = value("result")
        return .success(Commitment(
            year: year, code: code, concern: value("concern") ?? "", department: department, task: task, due: due,
            result: result, progress: CommitmentProgress(written: value("progress"), result: result),
            place: SourcePlace(file: file, row: record.line)))
    }
}
