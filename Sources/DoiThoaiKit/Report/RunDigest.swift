import Foundation

/// The counts of a completed run that the registry keeps, so that `doithoai status` can tell
/// what the last run did and what changed since the one before, without the outputs.
public struct RunDigest: Codable, Equatable, Sendable {
    public var rows: RunReport.Rows
    public var filesRead = 0
    public var filesUnchanged = 0
    public var questions = 0
    public var groups = 0
    public var review = 0
    public var answersJoined = 0
    public var answersRejected = 0
    public var statuses: [String: Int] = [:]
    /// Rejected rows by reason (`RejectionReasons.tally`).
    public var rejectedByReason: [String: Int] = [:]
    public var dataProblems = 0
    public var outputs = 0
    public var seconds = 0.0

    enum CodingKeys: String, CodingKey {
        case rows, filesRead = "files_read", filesUnchanged = "files_unchanged", questions, groups, review
        case answersJoined = "answers_joined", answersRejected = "answers_rejected", statuses
        case rejectedByReason = "rejected_by_reason", dataProblems = "data_problems", outputs, seconds
    }

    public init(_ report: RunReport) {
        rows = report.rows
        filesUnchanged = report.files.filter(\.unchanged).count
        filesRead = report.files.count - filesUnchanged
        questions = report.questions
        groups = report.groups
        review = report.review
        answersJoined = report.answers.joined
        answersRejected = report.answers.rejected
        statuses = report.statuses
        rejectedByReason = RejectionReasons.tally(report.rejections)
        dataProblems = report.allProblems.count
        outputs = report.outputs.count
        seconds = report.seconds.values.reduce(0, +)
    }
}

/// Rejections counted by reason, for one-screen summaries: a reason's words without the
/// line number, the values quoted from the file, and the advice after it.
public enum RejectionReasons {
    public static func tally(_ rejections: [Rejection]) -> [String: Int] {
        Dictionary(grouping: rejections.filter { $0.row != nil }, by: { reason(of: $0.reason) }).mapValues(\.count)
    }

    /// `Dòng 8: không có đơn vị "TT Nước Hai" trong danh sách … Có phải là: …` →
    /// `không có đơn vị "…" trong danh sách đơn vị của campaign.yml`.
    static func reason(of text: String) -> String {
        var rest = Substring(text)
        if rest.hasPrefix("Dòng "), let colon = rest.firstIndex(of: ":") {
            rest = rest[rest.index(after: colon)...].drop { $0 == " " }
        }
        var shown = ""
        var quoted = false
        for character in rest {
            if character == "\"" {
                if !quoted { shown += "\"…\"" }
                quoted.toggle()
            } else if !quoted {
                shown.append(character)
            }
        }
        for stop in [" — ", ". ", " ("] {
            if let range = shown.range(of: stop) { shown = String(shown[..<range.lowerBound]) }
        }
        return shown.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
    }
}
