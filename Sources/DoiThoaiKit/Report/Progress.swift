/// What the office chases each morning: per department, the questions sent to it and
/// where they stand; per deadline of the plan, what is late.
public struct Progress: Codable, Sendable, Equatable {
    public struct DepartmentProgress: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        /// Questions sent to it, as lead or co-department (not those awaiting review).
        public var received = 0
        /// Of those, answered by it.
        public var answered = 0
        /// Not answered by it, the answer deadline passed.
        public var overdue = 0
        /// Not answered by it, still within the deadline.
        public var pending = 0
    }

    public struct DeadlineProgress: Codable, Sendable, Equatable {
        /// `collect`, `forward` or `answer`.
        public var key: String
        public var label: String
        public var date: String
        public var passed: Bool
        /// How many questions are late against it (see `what`).
        public var late: Int
        public var what: String
    }

    public var departments: [DepartmentProgress]
    public var deadlines: [DeadlineProgress]
}

extension Progress {
    public init(_ snapshot: CampaignSnapshot) {
        let campaign = snapshot.campaign, today = snapshot.today
        var progress = campaign.departments.map { DepartmentProgress(code: $0.code, name: $0.name) }
        let position = Dictionary(campaign.departments.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        // By index, reading fields in place: `for question in` copied every question.
        let questions = snapshot.questions
        for row in questions.indices where !questions[row].assignment.review {
            let answers = questions[row].answers, due = questions[row].due
            for code in questions[row].routing.all {
                guard let index = position[code] else { continue }
                progress[index].received += 1
                // A question has an answer or two: a scan, not a set per question.
                if answers.contains(where: { $0.department.code == code }) {
                    progress[index].answered += 1
                } else if today > due {
                    progress[index].overdue += 1
                } else {
                    progress[index].pending += 1
                }
            }
        }
        departments = progress
        // Counted in place (`count(where:)`), not filtered into copies of every question.
        let submittedLate = snapshot.questions.count { question in
            guard let day = question.question.submittedAt.flatMap(Day.init(stamp:)) else { return false }
            return day > campaign.deadlines.collect
        }
        let inReview = snapshot.questions.count(where: \.assignment.review)
        let overdue = snapshot.questions.count { $0.status == .overdue }
        let lateAnswers = snapshot.lateAnswerCount
        let deadlines = campaign.deadlines
        self.deadlines = [
            DeadlineProgress(key: "collect", label: "Hạn tổng hợp câu hỏi", date: deadlines.collect.vietnamese,
                             passed: today > deadlines.collect, late: submittedLate,
                             what: "câu hỏi gửi sau hạn tổng hợp (theo ngày gửi ghi trong tệp)"),
            DeadlineProgress(key: "forward", label: "Hạn chuyển câu hỏi đến cơ quan", date: deadlines.forward.vietnamese,
                             passed: today > deadlines.forward, late: today > deadlines.forward ? inReview : 0,
                             what: "câu hỏi còn chờ Sở Nội vụ xem xét, chưa chuyển cơ quan nào"),
            DeadlineProgress(key: "answer", label: "Hạn trả lời", date: deadlines.answer.vietnamese,
                             passed: today > deadlines.answer, late: overdue,
                             what: "câu hỏi quá hạn chưa có trả lời" + (lateAnswers > 0 ? "; thêm \(lateAnswers) trả lời gửi sau hạn" : "")),
        ]
    }
}

extension CampaignSnapshot {
    /// Answers dated after their question's due day. An answer to a group is one answer,
    /// however many members it reaches.
    var lateAnswerCount: Int {
        var latePlaces = Set<SourcePlace>()
        // By index: `for question in questions` copied each question, retaining all its fields.
        for index in questions.indices where !questions[index].answers.isEmpty {
            let due = questions[index].due
            for answer in questions[index].answers where answer.date.flatMap(Day.init(written:)).map({ $0 > due }) ?? false {
                latePlaces.insert(answer.place)
            }
        }
        return latePlaces.count
    }
}
