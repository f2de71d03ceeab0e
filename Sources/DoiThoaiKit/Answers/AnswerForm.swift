/// How a department answered (DESIGN.md §3), recognised from the words a clerk writes.
public enum AnswerForm: String, Codable, Sendable {
    case atDialogue = "answered_at_dialogue"
    case inWriting = "answered_in_writing"
    case referred
    case unspecified = "answered"

    /// "Trả lời trực tiếp tại hội nghị", "Bằng văn bản", "Chuyển cơ quan có thẩm quyền"…
    public init(written: String?) {
        let key = VietnameseText.fold(written ?? "")
        func says(_ phrases: String...) -> Bool { phrases.contains { VietnameseText.folded(key, contains: $0) } }
        if says("hoi nghi", "truc tiep", "doi thoai") {
            self = .atDialogue
        } else if says("chuyen", "tham quyen", "cap tren") {
            self = .referred
        } else if says("van ban") {
            self = .inWriting
        } else {
            self = .unspecified
        }
    }

    /// The Vietnamese label used in workbooks.
    public var label: String {
        switch self {
        case .atDialogue: return "Trả lời tại hội nghị"
        case .inWriting: return "Trả lời bằng văn bản"
        case .referred: return "Chuyển cơ quan có thẩm quyền"
        case .unspecified: return "Đã trả lời"
        }
    }
}
