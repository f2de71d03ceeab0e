/// The columns a question export may have, whatever the commune called them.
public enum QuestionColumn: String, CaseIterable, Sendable {
    case text, unit, name, birthYear, category, address, phone, email, suggestedTopic, date, serial

    /// Header spellings, compared after `VietnameseText.fold` (no case, no diacritics,
    /// no punctuation). Data, not code: add a synonym here when a commune invents one.
    static let synonyms: [QuestionColumn: [String]] = [
        .text: [
            "noi dung", "noi dung cau hoi", "cau hoi", "y kien", "kien nghi", "de xuat",
            "y kien kien nghi", "y kien kien nghi de xuat", "noi dung y kien kien nghi",
            "noi dung y kien kien nghi de xuat", "noi dung kien nghi", "noi dung de xuat",
            "noi dung y kien", "cau hoi kien nghi", "y kien de xuat", "noi dung cau hoi kien nghi",
            "question", "questions",
        ],
        .unit: [
            "don vi", "xa phuong", "xa phuong dac khu", "dia phuong", "don vi gui", "xa", "phuong",
            "ten don vi", "don vi xa phuong", "xa phuong thi tran",
        ],
        .name: ["ho va ten", "ho ten", "nguoi hoi", "ten", "ho va ten nguoi hoi", "nguoi gui", "ho ten nguoi hoi"],
        .birthYear: ["nam sinh", "ngay sinh", "nam sinh nguoi hoi"],
        .category: ["doi tuong", "thanh phan", "doi tuong thanh nien"],
        .address: ["dia chi", "noi o", "dia chi lien he", "dia chi thuong tru"],
        .phone: ["so dien thoai", "dien thoai", "sdt", "so dt", "dt"],
        .email: ["email", "e mail", "thu dien tu", "dia chi email"],
        .suggestedTopic: ["linh vuc", "nhom van de", "chu de", "linh vuc de xuat"],
        .date: ["ngay", "ngay gui", "dau thoi gian", "thoi gian", "timestamp", "ngay thang"],
        .serial: ["stt", "so thu tu", "tt"],
    ]

    private static let bySynonym: [String: QuestionColumn] = {
        var table: [String: QuestionColumn] = [:]
        for (column, names) in synonyms { for name in names { table[name] = column } }
        return table
    }()

    /// The column a header cell names, or nil when it is unknown (unknown columns are ignored).
    public static func matching(header: String) -> QuestionColumn? {
        let key = VietnameseText.fold(header)
        if let column = bySynonym[key] { return column }
        // Long headers such as "Nội dung câu hỏi (ghi rõ, ngắn gọn)": the opening words decide.
        if key.hasPrefix("noi dung") || key.hasPrefix("y kien") || key.hasPrefix("cau hoi") { return .text }
        return closeSynonym(to: key)
    }

    /// A synonym one typo away ("Noi dung cau hoii", "Ho va tne"), two for long ones; short
    /// headers must match exactly, or "ten" would become "tt" and "ngay" "nam".
    static func closeSynonym(to key: String) -> QuestionColumn? {
        // Header cells are short; long cells are data (question texts above a late header).
        guard (6...48).contains(key.count) else { return nil }
        let allowed = key.count >= 14 ? 2 : 1
        // The length difference bounds the distance: skip the quadratic work when it alone rules a synonym out.
        let near = bySynonym.filter {
            $0.key.count >= 6 && abs($0.key.count - key.count) <= allowed && EditDistance.between($0.key, key) <= allowed
        }
        // Only when every close synonym means the same column.
        let columns = Set(near.values)
        return columns.count == 1 ? columns.first : nil
    }

    /// True when a row reads as the header: a question-text column and another known one,
    /// or a text column named exactly. A title row such as "Ý KIẾN, KIẾN NGHỊ CỦA THANH
    /// NIÊN XÃ HÀ QUẢNG" opens like a text header but stands alone.
    public static func isHeader(_ cells: [String]) -> Bool {
        let layout = layout(of: cells)
        guard let text = layout[.text] else { return false }
        return layout.count >= 2 || bySynonym[VietnameseText.fold(cells[text])] == .text
    }

    /// Maps each column to its index in a header row; the first match wins.
    public static func layout(of header: [String]) -> [QuestionColumn: Int] {
        var layout: [QuestionColumn: Int] = [:]
        for (index, cell) in header.enumerated() {
            guard let column = matching(header: cell), layout[column] == nil else { continue }
            layout[column] = index
        }
        return layout
    }
}
