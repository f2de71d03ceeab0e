/// One department's workbook: the groups it must answer, as lead or co-department, with
/// the columns to fill. Its headers are those the answer import reads, so the filled sheet
/// saved as CSV comes back as an answer file. No asker's personal data.
struct DepartmentWorkbook {
    let snapshot: CampaignSnapshot
    /// `GroupView.all(in: snapshot)`.
    let views: [GroupView]
    let department: Department

    func write(to workbook: XLSXWorkbook) throws {
        try sheet().write(to: workbook)
    }

    /// Groups routed to this department; groups awaiting review are held back.
    var assigned: [(view: GroupView, role: String)] {
        views.compactMap { view in
            let q = view.representative
            guard !q.assignment.review else { return nil }
            if q.routing.lead == department.code { return (view, "Chủ trì") }
            if q.routing.co.contains(department.code) { return (view, "Phối hợp") }
            return nil
        }
    }

    func sheet() -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true),
            TableColumn(header: AnswerColumn.code.header, width: 12, centered: true),
            TableColumn(header: "Nội dung câu hỏi", width: 50), TableColumn(header: "Đơn vị nêu", width: 22),
            TableColumn(header: "Số lượt", width: 8), TableColumn(header: "Nhóm vấn đề", width: 20),
            TableColumn(header: "Vai trò", width: 10, centered: true),
            TableColumn(header: "Hạn trả lời", width: 12, centered: true),
            TableColumn(header: AnswerColumn.department.header, width: 18),
            TableColumn(header: AnswerColumn.text.header, width: 50),
            TableColumn(header: AnswerColumn.date.header, width: 12), TableColumn(header: AnswerColumn.letter.header, width: 14),
            TableColumn(header: AnswerColumn.form.header, width: 18),
            TableColumn(header: AnswerColumn.actionDue.header, width: 12),
        ]
        let rows = assigned.enumerated().lazy.map { index, item -> [TableCell] in
            let (view, role) = item
            let own = view.answers.first { $0.department.code == department.code }
            return [
                .number(index + 1), .text(view.group.code), .text(view.representative.question.text),
                .text(view.group.units.joined(separator: "; ")), .number(view.memberCount),
                .text(snapshot.topicName(view.representative.assignment.topic)), .text(role), .text(view.due.vietnamese),
                .toFill(department.code), .toFill(own?.text ?? ""), .toFill(own?.date ?? ""),
                .toFill(own?.letter ?? ""), .toFill(own.map { $0.form.label } ?? ""), .toFill(own?.action?.due ?? ""),
            ]
        }
        let deadline = snapshot.campaign.deadlines.answer
        return TableSheet(
            name: "Câu hỏi cần trả lời",
            heading: DocumentHeading(campaign: snapshot.campaign, today: snapshot.today,
                                     title: "Ý kiến, kiến nghị của thanh niên chuyển \(department.name) trả lời",
                                     subtitle: "\(snapshot.campaign.title) — đề nghị gửi nội dung trả lời về Sở Nội vụ trước ngày \(deadline.vietnamese) (câu hỏi gửi muộn: theo cột \"Hạn trả lời\")"),
            columns: columns, rows: rows,
            footnote: "Điền các cột tô màu; \"Hình thức trả lời\": Trả lời tại hội nghị / Bằng văn bản / Chuyển cơ quan có thẩm quyền, thêm \"giao nhiệm vụ\" khi hứa thực hiện một việc (và ghi \"Hạn thực hiện\"). Lưu dạng CSV UTF-8 và gửi lại Sở Nội vụ.")
    }
}
