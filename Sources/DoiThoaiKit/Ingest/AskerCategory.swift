/// The asker's category ("Đối tượng"), reduced to a fixed list as it is read.
///
/// Free text is never stored: clerks sometimes write an ethnicity or a religion there
/// ("dân tộc thiểu số", "tín đồ tôn giáo"), which Nghị định 13/2023 classes as sensitive
/// personal data that must not be recorded per person. Such values become `.other`.
public enum AskerCategory: String, CaseIterable, Codable, Sendable {
    case officials = "cong-chuc-vien-chuc-llvt"
    case workers = "cong-nhan"
    case students = "hoc-sinh-sinh-vien"
    case rural = "thanh-nien-nong-thon"
    case entrepreneurs = "doanh-nhan-khoi-nghiep"
    case other = "khac"
    case unknown = "khong-ro"

    /// Words (folded) that reveal each category, checked in this order.
    private static let cues: [(AskerCategory, [String])] = [
        (.officials, ["cong chuc", "vien chuc", "luc luong vu trang", "cong an", "quan doi", "bo doi", "can bo"]),
        (.workers, ["cong nhan", "lao dong"]),
        (.students, ["hoc sinh", "sinh vien", "hoc vien"]),
        (.entrepreneurs, ["doanh nhan", "doanh nghiep", "khoi nghiep", "kinh doanh", "hop tac xa"]),
        (.rural, ["nong thon", "nong dan", "nong nghiep"]),
    ]

    public init(written: String?) {
        guard let written, !written.isEmpty else { self = .unknown; return }
        let key = VietnameseText.fold(written)
        self = Self.cues.first { _, words in words.contains { VietnameseText.folded(key, contains: $0) } }?.0 ?? .other
    }

    /// The Vietnamese label used in workbooks and statistics.
    public var label: String {
        switch self {
        case .officials: return "Công chức, viên chức, lực lượng vũ trang"
        case .workers: return "Công nhân, người lao động"
        case .students: return "Học sinh, sinh viên"
        case .rural: return "Thanh niên nông thôn"
        case .entrepreneurs: return "Doanh nhân trẻ, khởi nghiệp"
        case .other: return "Khác"
        case .unknown: return "Không rõ"
        }
    }
}
