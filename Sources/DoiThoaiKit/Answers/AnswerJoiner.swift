/// Attaches answers to questions by question code or group code; an answer to a group
/// reaches every member. Answers naming no known code are rejected.
public enum AnswerJoiner {
    public struct Result: Sendable {
        /// Answers per question code, in file order.
        public var byQuestion: [String: [Answer]] = [:]
        public var joined = 0
        public var rejections: [Rejection] = []
    }

    public static func join(_ answers: [Answer], questions: [Question], groups: [QuestionGroup]) -> Result {
        let questionCodes = Set(questions.map(\.code))
        let membersByGroup = Dictionary(groups.map { ($0.code, $0.members) }, uniquingKeysWith: { a, _ in a })
        var result = Result()
        for answer in answers {
            let targets = membersByGroup[answer.code] ?? (questionCodes.contains(answer.code) ? [answer.code] : [])
            guard !targets.isEmpty else {
                result.rejections.append(Rejection(
                    file: answer.place.file, row: answer.place.row,
                    reason: "Dòng \(answer.place.row): mã \"\(answer.code)\" không có trong danh sách câu hỏi — kiểm tra lại mã trong bảng Sở Nội vụ gửi."))
                continue
            }
            result.joined += 1
            for code in targets { result.byQuestion[code, default: []].append(answer) }
        }
        return result
    }
}
