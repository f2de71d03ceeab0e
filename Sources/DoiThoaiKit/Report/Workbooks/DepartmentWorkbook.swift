/// One department's workbook: the groups it must answer, as lead or co-department, with
/// the columns to fill. Its headers are those the answer import reads, so the filled sheet
/// saved as CSV comes back as an answer file. No asker's personal data.
struct DepartmentWorkbook {
    /// A group routed to a department, and the department's role in answering it.
    typealias Assignment = (view: GroupView, role: String)

    let snapshot: CampaignSnapshot
    let department: Department
    /// Groups routed to this department, in reading order; groups awaiting review are held back.
    let assigned: [Assignment]

    init(snapshot: CampaignSnapshot, department: Department, assigned: [Assignment]) {
        self.snapshot = snapshot
        self.department = department
        self.assigned = assigned
    }

    /// One department's workbook, its groups found among `views` (`GroupView.all(in:)`).
    init(snapshot: CampaignSnapshot, views: [GroupView], department: Department) {
        self.init(snapshot: snapshot, department: department, assigned: Self.assignments(views)[department.code] ?? [])
    }

    func write(to workbook: XLSXWorkbook) throws {
        try sheet().write(to: workbook)
    }

    /// Every department's groups by department code, in the order of `views`: as lead
    /// ("Chủ trì") or else as co-department ("Phối hợp"), once each. One pass for all the
    /// departments, not one each (perf at 1M: 1.7 s of the write stage went to every
    /// department workbook scanning all 683k groups).
    static func assignments(_ views: [GroupView]) -> [String: [Assignment]] {
        var byDepartment: [String: [Assignment]] = [:]
        for view in views {
            let routing = view.representative.routing
            guard !view.representative.assignment.review else { continue }
            byDepartment[routing.lead, default: []].append((view, "Chủ trì"))
            for (index, co) in routing.co.enumerated() where co != routing.lead && !routing.co[..<index].contains(co) {
                byDepartment[co, default: []].append((view, "Phối hợp"))
            }
        }
        return byDepartment
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
