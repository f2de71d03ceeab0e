import Foundation

/// The signature block clerks put below the table ("Người lập biểu", "TM. ỦY BAN NHÂN
/// DÂN", "KT. CHỦ TỊCH", the place-and-date line), recognised so that its rows are
/// rejected as what they are rather than as questions with no text.
enum SignatureFooter {
    /// Folded phrases that only a signature block carries.
    static let cues = [
        "nguoi lap bieu", "nguoi lap", "nguoi tong hop", "tm uy ban", "tm ubnd", "kt chu tich", "pho chu tich",
        "chu tich", "bi thu", "xac nhan cua", "ky ten", "ky ghi ro ho ten", "noi nhan", "luu vt", "thu truong",
    ]

    /// True when a row's cells read like a signature block.
    static func contains(_ fields: [String]) -> Bool {
        fields.contains { cell in
            let key = VietnameseText.fold(cell)
            guard !key.isEmpty else { return false }
            return cues.contains { key == $0 || key.hasPrefix($0 + " ") } || isPlaceDateLine(key)
        }
    }

    /// "Quảng Uyên, ngày 30 tháng 7 năm 2025" (Nghị định 30/2020's place-and-date line).
    static func isPlaceDateLine(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard let ngay = words.firstIndex(of: "ngay"), let thang = words.firstIndex(of: "thang"),
              let nam = words.firstIndex(of: "nam") else { return false }
        return ngay < thang && thang < nam && words.count <= 12
    }

    /// The row's non-empty cells, shortened, to quote in the reason.
    static func summary(_ fields: [String]) -> String {
        let text = fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: " | ")
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
