/// Why `doithoai merge` refuses to write the national workbook. Each names the file it is
/// about, says what is wrong and what to do; the Ministry's officer reads them, in Vietnamese.
public enum MergeProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case noFiles
    case unreadable(file: String, reason: String)
    case invalidJSON(file: String, problem: String)
    /// `found` is the value as written in the file, `nil` when the field is missing.
    case unknownSchema(file: String, found: String?)
    /// `file` holds the same province and year as `earlier`, named before it on the command line.
    case duplicate(file: String, earlier: String, province: String, year: Int)
    case outputNotXLSX(path: String)
    case outputFolderMissing(path: String, folder: String)
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case .noFiles:
            return "Chưa có tệp statistics.json nào để gộp — nêu các tệp sau lệnh, ví dụ: "
                + "doithoai merge cao-bang.json thai-nguyen.json --output toan-quoc.xlsx"
        case .unreadable(let file, let reason):
            return "Tệp \(file): không đọc được (\(reason)) — kiểm tra đường dẫn và quyền đọc của tệp."
        case .invalidJSON(let file, let problem):
            return "Tệp \(file): không phải tệp thống kê statistics.json hợp lệ (\(problem)) — dùng nguyên tệp "
                + "statistics.json trong thư mục output của tỉnh, không sửa tay; nếu tệp hỏng, đề nghị tỉnh chạy lại doithoai run."
        case .unknownSchema(let file, let found):
            let version = found.map { "có phiên bản số liệu schema_version là \($0)" } ?? "không có trường schema_version (phiên bản số liệu)"
            return "Tệp \(file): \(version), còn bản doithoai này chỉ đọc phiên bản \(StatisticsMerge.knownSchemaVersion) — "
                + "đề nghị tỉnh đó chạy lại doithoai run bằng bản phát hành hiện hành rồi gửi lại statistics.json."
        case .duplicate(let file, let earlier, let province, let year) where file == earlier:
            return "Tệp \(file) được nêu hai lần (số liệu tỉnh \(province) năm \(year)) — mỗi tệp chỉ nêu một lần."
        case .duplicate(let file, let earlier, let province, let year):
            return "Tệp \(file) và tệp \(earlier) cùng là số liệu của tỉnh \(province) năm \(year) — mỗi tỉnh, mỗi năm "
                + "chỉ gộp một tệp: giữ tệp mới nhất, bỏ tệp kia khỏi lệnh."
        case .outputNotXLSX(let path):
            return "Tệp kết quả \(path) phải có đuôi .xlsx — ví dụ: --output toan-quoc.xlsx"
        case .outputFolderMissing(let path, let folder):
            return "Không có thư mục \(folder) để ghi \(path) — tạo thư mục đó trước, hoặc chọn nơi ghi khác."
        case .output(let path, let reason):
            return "Không ghi được \(path): \(reason)"
        }
    }
}

/// Every problem that stopped a merge, reported together so that the officer can fix them
/// all before the next try; nothing was written.
public struct MergeRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [MergeProblem]

    public init(_ problems: [MergeProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
