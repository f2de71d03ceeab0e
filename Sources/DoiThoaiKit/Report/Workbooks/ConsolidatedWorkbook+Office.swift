/// The consolidated workbook's sheets for the office's own work: progress per department
/// and per deadline, and the dialogue script.
extension ConsolidatedWorkbook {
    func progressSheet(_ progress: Progress) -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Cơ quan", width: 40),
            TableColumn(header: "Câu hỏi được giao", width: 12, centered: true),
            TableColumn(header: "Đã trả lời", width: 12, centered: true),
            TableColumn(header: "Quá hạn chưa trả lời", width: 14, centered: true),
            TableColumn(header: "Chưa trả lời (trong hạn)", width: 14, centered: true),
        ]
        let rows = progress.departments.enumerated().map { index, d -> [TableCell] in
            [.number(index + 1), .text(d.name), .number(d.received), .number(d.answered), .number(d.overdue), .number(d.pending)]
        }
        return TableSheet(name: "Tiến độ", heading: nil, columns: columns, rows: rows,
                          footnote: "Câu hỏi được giao: cơ quan chủ trì hoặc phối hợp (không tính câu hỏi chờ xem xét).")
    }

    func deadlinesSheet(_ progress: Progress) -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Mốc thời gian", width: 32),
            TableColumn(header: "Ngày", width: 12, centered: true), TableColumn(header: "Trễ hạn", width: 10, centered: true),
            TableColumn(header: "Nội dung", width: 70),
        ]
        let rows = progress.deadlines.enumerated().map { index, d -> [TableCell] in
            [.number(index + 1), .text(d.label), .text(d.date), d.passed ? .number(d.late) : .text("chưa đến hạn"), .text(d.what)]
        }
        return TableSheet(name: "Mốc thời gian", heading: nil, columns: columns, rows: rows)
    }

    func shortlistSheet() -> TableSheet {
        let dialogue = snapshot.campaign.dialogue
        let items = DialogueShortlist.pick(views, dialogue: dialogue, topicOrder: snapshot.campaign.topics.map(\.code))
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Phút", width: 10, centered: true),
            TableColumn(header: "Mã nhóm", width: 12, centered: true), TableColumn(header: "Nhóm vấn đề", width: 22),
            TableColumn(header: "Nội dung ý kiến, kiến nghị", width: 55), TableColumn(header: "Số đơn vị nêu", width: 9, centered: true),
            TableColumn(header: "Đơn vị nêu", width: 26), TableColumn(header: "Cơ quan chuẩn bị trả lời", width: 22),
            TableColumn(header: "Tình trạng", width: 16),
        ]
        let rows = items.enumerated().map { index, item -> [TableCell] in
            let q = item.view.representative
            return [.number(index + 1), .text("\(item.start)–\(item.end)"), .text(item.view.group.code),
                    .text(snapshot.topicName(q.assignment.topic)), .text(q.question.text), .number(item.view.group.units.count),
                    .text(item.view.group.units.joined(separator: "; ")), .text(snapshot.departmentNames([q.routing.lead])),
                    .text(q.status.label)]
        }
        return TableSheet(name: "Kịch bản đối thoại", heading: nil, columns: columns, rows: rows,
                          footnote: "\(items.count) vấn đề được nhiều đơn vị nêu nhất, trải đều các nhóm vấn đề, vừa \(dialogue.minutes) phút "
                              + "(\(dialogue.askMinutes) phút hỏi + \(dialogue.answerMinutes) phút trả lời mỗi vấn đề); "
                              + "không gồm các nhóm còn chờ xem xét.")
    }
}
