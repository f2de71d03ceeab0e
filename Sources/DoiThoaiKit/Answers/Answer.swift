/// A department's answer to a question or to a whole group, as read from its file.
public struct Answer: Hashable, Codable, Sendable {
    public var place: SourcePlace
    /// A question code or a group code, as written (upper-cased, trimmed).
    public var code: String
    public var department: Department
    public var text: String
    public var date: String?
    /// "Công văn số …", the official letter carrying the answer.
    public var letter: String?
    public var form: AnswerForm
    /// Set when the answer promises action ("giao nhiệm vụ" in the form, or a "Hạn thực
    /// hiện"): the department must report on it, this year and the next (`FollowUp/`).
    public var action: PromisedAction?

    public init(place: SourcePlace, code: String, department: Department, text: String,
                date: String? = nil, letter: String? = nil, form: AnswerForm, action: PromisedAction? = nil) {
        self.place = place
        self.code = code
        self.department = department
        self.text = text
        self.date = date
        self.letter = letter
        self.form = form
        self.action = action
    }
}

/// An action an answer promises, and by when ("Hạn thực hiện", as written).
public struct PromisedAction: Hashable, Codable, Sendable {
    public var due: String?

    public init(due: String?) {
        self.due = due
    }

    /// "Giao nhiệm vụ" in the form column, or a due date for the action, makes an answer a promise.
    public init?(form: String?, due: String?) {
        guard due != nil || VietnameseText.fold(form ?? "").contains("giao nhiem vu") else { return nil }
        self.init(due: due)
    }
}
