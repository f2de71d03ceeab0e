/// A task given to a department in answer to a concern ("giao nhiệm vụ", with a due date),
/// followed until the department reports it done — into the next year's campaign if need be
/// (Thái Nguyên's plan reports on the previous year's conclusions before its dialogue).
public struct Commitment: Hashable, Codable, Sendable {
    /// The campaign year it was given in; nil when a follow-up file does not say.
    public var year: Int?
    /// The question or group code it answers (`CB25-0012`), as written.
    public var code: String
    /// The concern it answers: the question's text.
    public var concern: String
    public var department: Department
    public var task: String
    public var due: Day?
    /// What the department reported it has done ("Kết quả thực hiện").
    public var result: String?
    public var progress: CommitmentProgress
    /// Where it was read: an answer row this year, or a follow-up row.
    public var place: SourcePlace

    public init(year: Int?, code: String, concern: String, department: Department, task: String, due: Day?,
                result: String? = nil, progress: CommitmentProgress = .notReported, place: SourcePlace) {
        self.year = year
        self.code = code
        self.concern = concern
        self.department = department
        self.task = task
        self.due = due
        self.result = result
        self.progress = progress
        self.place = place
    }

    /// Where it stands on `today`: done once reported done; otherwise overdue after its due day.
    public func status(on today: Day) -> CommitmentStatus {
        if progress == .done { return .done }
        if let due, today > due { return .overdue }
        return progress == .inProgress ? .inProgress : .open
    }

    /// The same task to the same department for the same code, however it is spaced or cased:
    /// a follow-up row that is this year's commitment copied back carries its report.
    var key: String {
        [code.uppercased(), department.code, VietnameseText.matchKey(task)].joined(separator: "\u{1F}")
    }
}

/// What the department reported, from the "Tình trạng" a clerk writes.
public enum CommitmentProgress: String, Hashable, Codable, Sendable {
    case notReported, inProgress, done

    /// "Đã hoàn thành", "Hoàn thành", "Đã thực hiện xong" → done; "Đang thực hiện" → in
    /// progress; the labels this tool writes for the other statuses, or nothing → not
    /// reported, unless a result was written (then in progress).
    public init(written: String?, result: String?) {
        let key = VietnameseText.fold(written ?? "")
        if key.contains("hoan thanh") || key.contains("da thuc hien") || key.contains("xong") {
            self = .done
        } else if key.contains("dang thuc hien") || key.contains("dang trien khai") || !(result ?? "").isEmpty {
            self = .inProgress
        } else {
            self = .notReported
        }
    }
}

/// A commitment's status as the follow-up sheet shows it.
public enum CommitmentStatus: String, Codable, CaseIterable, Sendable {
    case done
    case inProgress = "in_progress"
    case open
    case overdue

    public var label: String {
        switch self {
        case .done: return "Đã hoàn thành"
        case .inProgress: return "Đang thực hiện"
        case .open: return "Chưa đến hạn"
        case .overdue: return "Quá hạn"
        }
    }
}
