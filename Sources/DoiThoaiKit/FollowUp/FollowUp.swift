/// The tasks the office follows: those carried from earlier years (`input/follow-up/`) and
/// those this year's answers promise. A follow-up row that is one of this year's tasks
/// copied back (same code, department and task) gives that task its report instead of
/// being listed twice.
public struct FollowUp: Sendable {
    /// From earlier years, in file order.
    public var carried: [Commitment] = []
    /// Promised by this year's answers, in code order.
    public var current: [Commitment] = []
    /// The day statuses are judged on.
    public var today: Day
    /// Follow-up rows that could not be read (file, row, reason).
    public var rejections: [Rejection] = []

    public init(today: Day) {
        self.today = today
    }

    /// `reported`: the rows read from `input/follow-up/`; `rejections`: those that could not be.
    public init(reported: [Commitment], rejections: [Rejection] = [], snapshot: CampaignSnapshot) {
        today = snapshot.today
        self.rejections = rejections
        // The first row for each of this year's tasks reports on it; every other row (an
        // earlier year's task, or a second copy) is listed, never dropped.
        let firstReport = Dictionary(reported.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var used = Set<SourcePlace>()
        current = Self.promised(in: snapshot).map { commitment in
            guard let report = firstReport[commitment.key] else { return commitment }
            used.insert(report.place)
            var updated = commitment
            updated.result = report.result
            updated.progress = report.progress
            return updated
        }
        carried = reported.filter { !used.contains($0.place) }
    }

    /// One commitment per answer row that promises action: an answer to a group is one
    /// promise, however many members it reaches.
    static func promised(in snapshot: CampaignSnapshot) -> [Commitment] {
        let concernByCode = concerns(namedByTasksIn: snapshot.questions)
        var seen = Set<SourcePlace>()
        var commitments: [Commitment] = []
        for question in snapshot.questions {
            for answer in question.answers where answer.action != nil && seen.insert(answer.place).inserted {
                commitments.append(Commitment(
                    year: snapshot.campaign.year, code: answer.code, concern: concernByCode[answer.code] ?? question.question.text,
                    department: answer.department, task: answer.text, due: answer.action?.due.flatMap(Day.init(written:)),
                    place: answer.place))
            }
        }
        return commitments
    }

    /// The text of each question whose code an answer promising action names. Only those:
    /// a dictionary of every processed question (`CampaignSnapshot.byCode`) copied all of
    /// them, and was nearly all of the stage's time (perf, 1M questions: retain/release and
    /// page faults; the stage went from 6.5 to 0.5 s, and from 0.4 to 0.04 s at 100k).
    static func concerns(namedByTasksIn questions: [ProcessedQuestion]) -> [String: String] {
        var named = Set<String>()
        for question in questions {
            for answer in question.answers where answer.action != nil { named.insert(answer.code) }
        }
        var concerns: [String: String] = [:]
        for question in questions where named.contains(question.code) && concerns[question.code] == nil {
            concerns[question.code] = question.question.text
        }
        return concerns
    }

    public var all: [Commitment] { carried + current }

    /// What next year's campaign must follow: this year's tasks, and earlier ones not yet done.
    public var handedOn: [Commitment] {
        carried.filter { $0.status(on: today) != .done } + current
    }

    /// Counts by status, for the summary and the run report.
    public func counts(_ commitments: [Commitment]) -> [String: Int] {
        Dictionary(grouping: commitments, by: { $0.status(on: today).rawValue }).mapValues(\.count)
    }
}
