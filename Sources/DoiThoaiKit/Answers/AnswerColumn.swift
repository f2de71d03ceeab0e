/// The columns of a department's answer file.
public enum AnswerColumn: String, CaseIterable, Sendable {
    case code, department, text, date, letter, form, actionDue

    /// Header spellings after `VietnameseText.fold`; the department workbooks write the
    /// first one of each, so a filled workbook saved as CSV reads back as is.
    static let synonyms: [AnswerColumn: [String]] = [
        .code: ["ma cau hoi", "ma", "ma so", "ma nhom", "ma cau hoi nhom", "code"],
        .department: ["co quan tra loi", "don vi tra loi", "co quan", "co quan chu tri", "so nganh"],
        .text: ["noi dung tra loi", "tra loi", "noi dung", "y kien tra loi"],
        .date: ["ngay tra loi", "ngay", "ngay van ban"],
        .letter: ["cong van so", "so cong van", "van ban", "so van ban", "so hieu van ban"],
        .form: ["hinh thuc tra loi", "hinh thuc"],
        .actionDue: ["han thuc hien", "thoi han thuc hien", "han hoan thanh", "han thuc hien nhiem vu"],
    ]

    /// The header the department workbook writes for this column.
    public var header: String {
        switch self {
        case .code: return "Mã câu hỏi"
        case .department: return "Cơ quan trả lời"
        case .text: return "Nội dung trả lời"
        case .date: return "Ngày trả lời"
        case .letter: return "Công văn số"
        case .form: return "Hình thức trả lời"
        case .actionDue: return "Hạn thực hiện"
        }
    }

    public static func layout(of header: [String]) -> [AnswerColumn: Int] {
        var layout: [AnswerColumn: Int] = [:]
        for (index, cell) in header.enumerated() {
            let key = VietnameseText.fold(cell)
            guard let column = allCases.first(where: { synonyms[$0]!.contains(key) }), layout[column] == nil
            else { continue }
            layout[column] = index
        }
        return layout
    }
}
