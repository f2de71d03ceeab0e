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

    /// Questions whose asker left a name and an address: they are answered by letter
    /// (Thái Nguyên's plan), so the office gets the list for the letters, with the answers.
    /// Empty when `privacy.consolidated` does not allow both fields in this workbook.
    func writtenRepliesSheet() -> TableSheet {
        let allowed = snapshot.campaign.privacy.consolidated.isSuperset(of: [.name, .address])
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Mã", width: 12, centered: true),
            TableColumn(header: "Người hỏi", width: 20), TableColumn(header: "Địa chỉ", width: 26),
            TableColumn(header: "Đơn vị", width: 18), TableColumn(header: "Nội dung câu hỏi", width: 45),
            TableColumn(header: "Nội dung trả lời", width: 55), TableColumn(header: "Tình trạng", width: 16),
        ]
        let askers = snapshot.questions.lazy.filter { q in
            allowed && !(q.question.asker.name ?? "").isEmpty && !(q.question.asker.address ?? "").isEmpty
        }
        let rows = askers.enumerated().lazy.map { index, q -> [TableCell] in
            let answers = GroupView.distinctAnswers(q.answers)
                .map { "\($0.department.name)" + ($0.letter.map { " (\($0))" } ?? "") + ": \($0.text)" }
            return [.number(index + 1), .text(q.code), .text(q.question.asker.name ?? ""), .text(q.question.asker.address ?? ""),
                    .text(q.question.unitName), .text(q.question.text), .text(answers.joined(separator: "\n\n")),
                    .text(q.status.label)]
        }
        return TableSheet(name: "Gửi trả lời bằng văn bản", heading: nil, columns: columns, rows: rows,
                          footnote: allowed
                              ? "Người hỏi để lại họ tên và địa chỉ: gửi văn bản trả lời đến từng người."
                              : "Danh sách trống: privacy.consolidated trong campaign.yml không cho ghi họ tên và địa chỉ vào bảng này.")
    }

    /// The tasks given in answer to the youth's concerns, earlier years' first: what the
    /// office reports on before the next dialogue.
    func followUpSheet() -> TableSheet {
        let followUp = snapshot.followUp
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Năm", width: 7, centered: true),
            TableColumn(header: "Mã", width: 12, centered: true), TableColumn(header: "Nội dung câu hỏi", width: 40),
            TableColumn(header: "Cơ quan thực hiện", width: 22), TableColumn(header: "Nhiệm vụ", width: 40),
            TableColumn(header: "Hạn thực hiện", width: 12, centered: true), TableColumn(header: "Tình trạng", width: 14),
            TableColumn(header: "Kết quả thực hiện", width: 36),
        ]
        let rows = followUp.all.enumerated().map { index, c -> [TableCell] in
            [.number(index + 1), .text(c.year.map(String.init) ?? ""), .text(c.code), .text(c.concern), .text(c.department.name),
             .text(c.task), .text(c.due?.vietnamese ?? "chưa có hạn"), .text(c.status(on: followUp.today).label), .text(c.result ?? "")]
        }
        return TableSheet(name: "Theo dõi nhiệm vụ", heading: nil, columns: columns, rows: rows,
                          footnote: "Nhiệm vụ các năm trước (thư mục follow-up) và nhiệm vụ giao trong các câu trả lời năm nay. "
                              + "Tệp \(CommitmentsCSV.name) chuyển sang năm sau những nhiệm vụ chưa hoàn thành.")
    }
}
