/// Attaches answers to questions by question code or group code; an answer to a group
/// reaches every member. Answers naming no known code are rejected; answers that are
/// joined but need a look from the office (a department that was not asked, a second,
/// different answer from the same department, a date after the deadline, a date that
/// cannot be read) are listed as notices.
public enum AnswerJoiner {
    public struct Result: Sendable {
        /// Answers per question code, in file order.
        public var byQuestion: [String: [Answer]] = [:]
        public var joined = 0
        public var rejections: [Rejection] = []
        /// Joined, but to be looked at: file, row and what to check.
        public var notices: [Rejection] = []
    }

    /// `asked` gives the departments a question was sent to (none while it awaits review),
    /// `due` the day its answer is due.
    public static func join(_ answers: [Answer], questions: [Question], groups: [QuestionGroup],
                            asked: ((String) -> [String])? = nil, due: ((String) -> Day)? = nil) -> Result {
        let questionCodes = Set(questions.map(\.code))
        let membersByGroup = Dictionary(groups.map { ($0.code, $0.members) }, uniquingKeysWith: { a, _ in a })
        var result = Result()
        var first: [String: Answer] = [:]  // by department and code answered
        for answer in answers {
            let targets = membersByGroup[answer.code] ?? (questionCodes.contains(answer.code) ? [answer.code] : [])
            let row = "Dòng \(answer.place.row): "
            guard !targets.isEmpty else {
                result.rejections.append(Rejection(
                    file: answer.place.file, row: answer.place.row,
                    reason: row + "mã \"\(answer.code)\" không có trong danh sách câu hỏi — kiểm tra lại mã trong bảng Sở Nội vụ gửi."))
                continue
            }
            result.joined += 1
            for code in targets { result.byQuestion[code, default: []].append(answer) }
            var notes: [String] = []
            if let asked, !asked(targets[0]).contains(answer.department.code) {
                notes.append(asked(targets[0]).isEmpty
                    ? "câu hỏi \(answer.code) đang chờ Sở Nội vụ xem xét nhóm vấn đề, chưa giao cơ quan nào trả lời — "
                        + "câu trả lời của \(answer.department.name) vẫn được ghép."
                    : "\(answer.department.name) không được giao trả lời câu hỏi \(answer.code) — kiểm tra mã câu hỏi "
                        + "hoặc cơ quan trả lời; câu trả lời vẫn được ghép.")
            }
            // The same department answering the same code twice, in other words. (An answer to
            // one member's own code beside the group's answer adds to it for that commune.)
            let key = answer.department.code + "|" + answer.code
            if let earlier = first[key], VietnameseText.matchKey(earlier.text) != VietnameseText.matchKey(answer.text) {
                notes.append("\(answer.department.name) đã trả lời mã \(answer.code) với nội dung khác (\(earlier.place.file) dòng "
                             + "\(earlier.place.row)) — hai câu trả lời cùng được ghép; đề nghị cơ quan thống nhất một câu trả lời.")
            }
            if first[key] == nil { first[key] = answer }
            if let written = answer.date, !written.isEmpty {
                if let day = Day(written: written) {
                    // A group's answer is due when its earliest-due member is (as GroupView and
                    // CampaignSnapshot.lateAnswerCount have it).
                    if let due, let deadline = targets.map(due).min(), day > deadline {
                        notes.append("trả lời ngày \(written), sau hạn trả lời \(deadline.vietnamese) — trả lời muộn.")
                    }
                } else {
                    notes.append("ngày trả lời \"\(written)\" không đọc được — ghi dạng ngày/tháng/năm, ví dụ 14/08/2025.")
                }
            }
            if let action = answer.action {
                if let due = action.due, Day(written: due) == nil {
                    notes.append("hạn thực hiện \"\(due)\" không đọc được — ghi dạng ngày/tháng/năm, ví dụ 31/12/2025.")
                } else if action.due == nil {
                    notes.append("giao nhiệm vụ nhưng chưa có hạn thực hiện — điền cột \"Hạn thực hiện\" để theo dõi nhiệm vụ.")
                }
            }
            result.notices += notes.map { Rejection(file: answer.place.file, row: answer.place.row, reason: row + $0) }
        }
        return result
    }
}
