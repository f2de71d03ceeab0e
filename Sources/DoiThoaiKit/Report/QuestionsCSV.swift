import Foundation

/// `questions.csv` (DESIGN.md §9): UTF-8, one row per question the campaign holds.
public enum QuestionsCSV {
    public static let header = ["code", "group", "topic", "confidence", "review", "lead", "status",
                                "unit", "source_file", "source_row", "text"]

    public static func render(_ snapshot: CampaignSnapshot) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for q in snapshot.questions {
            let fields = [
                q.code, q.group, q.assignment.topic, String(format: "%.3f", q.assignment.confidence),
                q.assignment.review ? "1" : "0", q.routing.lead, q.status.rawValue, q.question.unitName,
                q.question.source.file, String(q.question.source.row), q.question.text,
            ]
            out += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// RFC 4180 quoting for the CSV files the tool writes.
public enum CSVField {
    public static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
