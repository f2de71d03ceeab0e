/// Where a question stands (DESIGN.md §9, the `status` column of questions.csv).
public enum QuestionStatus: String, Codable, CaseIterable, Sendable {
    case pending
    case answered
    case answeredAtDialogue = "answered_at_dialogue"
    case answeredInWriting = "answered_in_writing"
    case referred
    case overdue

    /// The status given the answers joined to a question, the day they are due, and the day of the run.
    public static func of(answers: [Answer], due: Day, today: Day) -> QuestionStatus {
        if answers.isEmpty { return today > due ? .overdue : .pending }
        let forms = Set(answers.map(\.form))
        if forms.contains(.atDialogue) { return .answeredAtDialogue }
        if forms.contains(.inWriting) { return .answeredInWriting }
        if forms.contains(.referred) { return .referred }
        return .answered
    }

    /// The Vietnamese label used in workbooks.
    public var label: String {
        switch self {
        case .pending: return "Chưa trả lời (trong hạn)"
        case .answered: return "Đã trả lời"
        case .answeredAtDialogue: return "Trả lời tại hội nghị"
        case .answeredInWriting: return "Trả lời bằng văn bản"
        case .referred: return "Chuyển cơ quan có thẩm quyền"
        case .overdue: return "Quá hạn chưa trả lời"
        }
    }
}
