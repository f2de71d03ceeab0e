/// One commune's (or the Youth Union's) workbook: the answers to its youth's questions,
/// so the commune can inform them (the seed plans' duty of UBND cấp xã). No personal data.
struct UnitWorkbook {
    let snapshot: CampaignSnapshot
    let unit: CampaignUnit
    /// The unit's questions as positions in `snapshot.questions`, in code order: not copies,
    /// which for every unit together held each question a second time while the workbooks
    /// were written.
    let positions: [Int]

    func write(to workbook: XLSXWorkbook) throws {
        try sheet().write(to: workbook)
    }

    func sheet() -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Mã", width: 12, centered: true),
            TableColumn(header: "Nội dung câu hỏi", width: 50), TableColumn(header: "Nhóm vấn đề", width: 22),
            TableColumn(header: "Cơ quan trả lời", width: 22), TableColumn(header: "Nội dung trả lời", width: 55),
            TableColumn(header: "Văn bản", width: 16), TableColumn(header: "Tình trạng", width: 16),
        ]
        let rows = positions.enumerated().lazy.map { index, position -> [TableCell] in
            let q = snapshot.questions[position]
            let answers = GroupView.distinctAnswers(q.answers)
            return [
                .number(index + 1), .text(q.code), .text(q.question.text), .text(snapshot.topicName(q.assignment.topic)),
                .text(answers.isEmpty ? snapshot.departmentNames([q.routing.lead]) : answers.map(\.department.name).uniqued().joined(separator: "; ")),
                .text(answers.map(\.text).joined(separator: "\n\n")),
                .text(answers.compactMap(\.letter).joined(separator: "\n")), .text(q.status.label),
            ]
        }
        return TableSheet(
            name: "Trả lời",
            heading: DocumentHeading(campaign: snapshot.campaign, today: snapshot.today,
                                     title: "Kết quả trả lời ý kiến, kiến nghị của thanh niên \(unit.name)"),
            columns: columns, rows: rows,
            footnote: "Đề nghị \(unit.name) thông tin kết quả trả lời đến thanh niên trên địa bàn.")
    }
}
