import Foundation

/// `nhiem-vu-theo-doi.csv`: the tasks next year's campaign must follow, in the columns
/// `FollowUpFileReader` reads, so the office copies it into next year's `input/follow-up/`
/// and fills "Tình trạng" and "Kết quả thực hiện" as departments report.
public enum CommitmentsCSV {
    public static let name = "nhiem-vu-theo-doi.csv"
    public static let header = ["Năm", "Mã", "Nội dung câu hỏi", "Cơ quan thực hiện", "Nhiệm vụ", "Hạn thực hiện",
                                "Tình trạng", "Kết quả thực hiện"]

    /// With a byte-order mark: the office opens it in Excel, which reads UTF-8 only with one.
    public static func render(_ followUp: FollowUp) -> String {
        var out = "\u{FEFF}" + header.joined(separator: ",") + "\r\n"
        for commitment in followUp.handedOn {
            let fields = [
                commitment.year.map(String.init) ?? "", commitment.code, commitment.concern, commitment.department.name,
                commitment.task, commitment.due?.vietnamese ?? "", commitment.status(on: followUp.today).label,
                commitment.result ?? "",
            ]
            out += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
