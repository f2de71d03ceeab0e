import Foundation

/// `doithoai status`: the last run, how it ended, what changed — read from the registry, so
/// it works when the outputs are missing or the last run failed.
public struct RunStatus: Sendable {
    public var runs: [RunEntry]
    /// The process holding the output folder's lock: a run under way.
    public var runningNow: String?

    /// Reads the registry of `options` without writing; nil when no run has made one yet.
    public static func load(_ options: RunOptions) throws -> RunStatus? {
        guard let registry = try Registry.openForReading(path: options.registryPath) else { return nil }
        return RunStatus(runs: try registry.runs(limit: 10), runningNow: RunLock.holder(folder: options.output))
    }

    /// True when the last run completed (or one is under way): what a monitor checks.
    public var healthy: Bool {
        guard let last = runs.first else { return false }
        return last.outcome == .completed || runningNow != nil
    }

    public var text: String {
        guard let last = runs.first else { return "Sổ đăng ký chưa ghi lần chạy nào." }
        var lines = [headline(last)]
        if let digest = last.digest {
            lines += Self.digestLines(digest)
            let earlier = runs.dropFirst().first { $0.outcome == .completed }
            if let before = earlier?.digest { lines.append(Self.changes(from: before, to: digest, newQuestions: last.newQuestions)) }
        }
        if let message = last.message { lines.append("Lý do: " + message) }
        if last.outcome != .completed, let completed = runs.first(where: { $0.outcome == .completed }) {
            lines.append("Kết quả hiện có trong thư mục là của lần chạy #\(completed.id) (\(completed.startedAt)).")
        }
        lines.append("Các lần chạy gần đây:")
        lines += runs.map { "  #\($0.id) \($0.startedAt) \(Self.label($0.outcome))" + ($0.outcome == .completed ? ", \($0.newQuestions) câu hỏi mới" : "") }
        return lines.joined(separator: "\n")
    }

    private func headline(_ last: RunEntry) -> String {
        let when = "Lần chạy #\(last.id), bắt đầu \(last.startedAt)" + (last.today.map { " (xét hạn theo ngày \($0))" } ?? "")
        if last.outcome == .interrupted, let runningNow {
            return when + ": đang chạy (\(runningNow))."
        }
        switch last.outcome {
        case .completed:
            return when + ": hoàn tất" + (last.finishedAt.map { " lúc \($0)" } ?? "") + "."
        case .failed:
            return when + ": KHÔNG hoàn tất — kết quả của lần trước vẫn giữ nguyên."
        case .interrupted:
            return when + ": bị dừng giữa chừng (bị tắt, mất điện). Sổ đăng ký và kết quả vẫn nguyên vẹn; lần chạy sau sẽ hoàn tất."
        }
    }

    static func label(_ outcome: RunOutcomeKind) -> String {
        switch outcome {
        case .completed: return "hoàn tất"
        case .failed: return "không hoàn tất"
        case .interrupted: return "bị dừng giữa chừng"
        }
    }

    static func digestLines(_ digest: RunDigest) -> [String] {
        let rows = digest.rows
        return [
            "Dòng đọc: \(rows.read) = mới \(rows.accepted) + đã có \(rows.known) + bị loại \(rows.rejected); "
                + "tệp: \(digest.filesRead) đọc, \(digest.filesUnchanged) không đổi",
            "Câu hỏi: \(digest.questions) trong \(digest.groups) nhóm; cần xem xét: \(digest.review); "
                + "trả lời đã ghép: \(digest.answersJoined); quá hạn: \(digest.statuses["overdue", default: 0])",
            "Vấn đề dữ liệu: \(digest.dataProblems); \(digest.outputs) tệp kết quả; " + String(format: "%.1f giây", digest.seconds),
        ]
    }

    /// What changed since the run before: new questions, groups, answers, statuses.
    static func changes(from before: RunDigest, to after: RunDigest, newQuestions: Int) -> String {
        func delta(_ a: Int, _ b: Int) -> String { b >= a ? "+\(b - a)" : "−\(a - b)" }
        var parts = ["\(newQuestions) câu hỏi mới", "nhóm \(delta(before.groups, after.groups))",
                     "trả lời đã ghép \(delta(before.answersJoined, after.answersJoined))"]
        for status in Set(before.statuses.keys).union(after.statuses.keys).sorted() {
            let (a, b) = (before.statuses[status, default: 0], after.statuses[status, default: 0])
            if a != b { parts.append("\(status) \(a) → \(b)") }
        }
        return "Thay đổi so với lần hoàn tất trước: " + parts.joined(separator: ", ")
    }
}
