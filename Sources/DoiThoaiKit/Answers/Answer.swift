/// A department's answer to a question or to a whole group, as read from its file.
public struct Answer: Hashable, Sendable {
    public var place: SourcePlace
    /// A question code or a group code, as written (upper-cased, trimmed).
    public var code: String
    public var department: Department
    public var text: String
    public var date: String?
    /// "Công văn số …", the official letter carrying the answer.
    public var letter: String?
    public var form: AnswerForm

    public init(place: SourcePlace, code: String, department: Department, text: String,
                date: String? = nil, letter: String? = nil, form: AnswerForm) {
        self.place = place
        self.code = code
        self.department = department
        self.text = text
        self.date = date
        self.letter = letter
        self.form = form
    }
}
