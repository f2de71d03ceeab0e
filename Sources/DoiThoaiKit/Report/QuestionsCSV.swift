import Foundation

/// `questions.csv` (DESIGN.md §9): UTF-8, one row per question the campaign holds.
public enum QuestionsCSV {
    public static let header = ["code", "group", "topic", "confidence", "review", "lead", "status",
                                "unit", "source_file", "source_row", "text"]

    public static func render(_ snapshot: CampaignSnapshot) -> String {
        var text = ""
        render(snapshot) { text += $0 }
        return text
    }

    /// The file's text in consecutive pieces of about `pieceBytes`, for writing piece by
    /// piece: at a million questions the file is 437 MB, and as one string plus its UTF-8
    /// copy it took 0.9 GB while the workbooks were being written.
    public static func render(_ snapshot: CampaignSnapshot, pieceBytes: Int = 1 << 20,
                              _ emit: (String) throws -> Void) rethrows {
        var out = header.joined(separator: ",") + "\r\n"
        for q in snapshot.questions {
            let fields = [
                q.code, q.group, q.assignment.topic, FixedDecimal.format(q.assignment.confidence, decimals: 3),
                q.assignment.review ? "1" : "0", q.routing.lead, q.status.rawValue, q.question.unitName,
                q.question.source.file, String(q.question.source.row), q.question.text,
            ]
            out += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
            if out.utf8.count >= pieceBytes {
                try emit(out)
                out = ""
            }
        }
        try emit(out)
    }
}

/// RFC 4180 quoting for the CSV files the tool writes.
public enum CSVField {
    public static func quoted(_ value: String) -> String {
        // Bytes, not Characters: every field of every row passes here (grapheme breaking
        // and Foundation's replacingOccurrences were ~5% of a 100,000-question run, perf).
        var needsQuotes = false, hasQuote = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): hasQuote = true; needsQuotes = true
            case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
            default: continue
            }
        }
        guard needsQuotes else { return value }
        guard hasQuote else { return "\"" + value + "\"" }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
