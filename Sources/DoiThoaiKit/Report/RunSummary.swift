import Foundation

/// The one-screen summary printed after a run or a check.
public enum RunSummary {
    public static func text(_ report: RunReport, output: String) -> String {
        var lines = [
            "doithoai \(report.version) — \(report.province) \(report.year), ngày \(report.today)",
            rowsLine(report.rows),
            filesLine(report.files),
        ] + rejectedLines(report.rejections) + [
            "Câu hỏi đang quản lý: \(report.questions) trong \(report.groups) nhóm; cần xem xét: \(report.review)",
            "Trả lời: \(report.answers.joined) đã ghép, \(report.answers.rejected) bị loại, "
                + "\(report.answers.notices.count) cần lưu ý (cơ quan không được giao, trả lời khác nhau, trả lời muộn)",
            "Tình trạng: " + report.statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
        ]
        lines += progressLines(report.progress)
        lines += followUpLines(report.followUp)
        lines += problemLines(report, limit: 10)
        lines.append("Kết quả: \(output)/ (\(report.outputs.count) tệp); giây: " + String(format: "%.2f", report.seconds.values.reduce(0, +)))
        return lines.joined(separator: "\n")
    }

    public static func checkText(_ report: RunReport) -> String {
        var lines = ["doithoai check — \(report.province) \(report.year)", rowsLine(report.rows)]
        lines += problemLines(report, limit: .max)
        if report.allProblems.isEmpty {
            lines.append("Không có lỗi.")
        }
        return lines.joined(separator: "\n")
    }

    /// The deadlines passed with something late, and the departments with overdue questions.
    static func progressLines(_ progress: Progress?) -> [String] {
        guard let progress else { return [] }
        var lines = progress.deadlines.filter { $0.passed && $0.late > 0 }.map {
            "Trễ hạn — \($0.label.lowercased()) \($0.date): \($0.late) \($0.what)"
        }
        let behind = progress.departments.filter { $0.overdue > 0 }.sorted { $0.overdue > $1.overdue }
        if !behind.isEmpty {
            lines.append("Cơ quan còn câu hỏi quá hạn: " + behind.map { "\($0.code) \($0.overdue)/\($0.received)" }.joined(separator: ", "))
        }
        return lines
    }

    /// The tasks followed, earlier years' and this year's, by status.
    static func followUpLines(_ followUp: RunReport.FollowUpCounts) -> [String] {
        func counts(_ byStatus: [String: Int]) -> String {
            let total = byStatus.values.reduce(0, +)
            let parts = CommitmentStatus.allCases.compactMap { status in
                byStatus[status.rawValue].map { "\(status.label.lowercased()) \($0)" }
            }
            return "\(total)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
        }
        guard !followUp.carried.isEmpty || !followUp.current.isEmpty else { return [] }
        return ["Nhiệm vụ theo dõi: năm trước \(counts(followUp.carried)); năm nay \(counts(followUp.current))"]
    }

    /// How many files were parsed, and how many were skipped as unchanged since the last run.
    static func filesLine(_ files: [RunReport.FileEntry]) -> String {
        let unchanged = files.filter(\.unchanged).count
        return "Tệp: \(files.count), trong đó \(files.count - unchanged) đọc lần này, \(unchanged) không đổi từ lần chạy trước (không đọc lại)"
    }

    /// Rejected rows by reason, most frequent first.
    static func rejectedLines(_ rejections: [Rejection]) -> [String] {
        let tally = RejectionReasons.tally(rejections).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        guard !tally.isEmpty else { return [] }
        return ["Dòng bị loại theo lý do: " + tally.map { "\($0.key): \($0.value)" }.joined(separator: "; ")]
    }

    static func rowsLine(_ rows: RunReport.Rows) -> String {
        "Dòng đọc: \(rows.read) = mới \(rows.accepted) + đã có \(rows.known) + bị loại \(rows.rejected)"
            + (rows.balances ? "" : "  (KHÔNG KHỚP)")
    }

    /// Problems, file by file, the first `limit` of them (the rest are in run-report.json).
    static func problemLines(_ report: RunReport, limit: Int) -> [String] {
        let all = report.allProblems
        guard !all.isEmpty else { return [] }
        var lines = ["Vấn đề dữ liệu (\(all.count)):"]
        lines += all.prefix(limit).map { "  \($0.file): \($0.reason)" }
        if all.count > limit { lines.append("  … và \(all.count - limit) vấn đề khác trong run-report.json") }
        return lines
    }
}
