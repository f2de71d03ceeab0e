import Foundation

/// The consolidated workbook's summary (counts by topic and status, the plan's dates) and
/// its sheet per topic group.
extension ConsolidatedWorkbook {
    /// Topics down, groups, questions and each status across, with a total row.
    func summarySheet() -> TableSheet {
        let statuses = QuestionStatus.allCases
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Nhóm vấn đề", width: 44),
            TableColumn(header: "Số nhóm (vấn đề)", width: 11, centered: true),
            TableColumn(header: "Số ý kiến", width: 10, centered: true),
        ] + statuses.map { TableColumn(header: $0.label, width: 13, centered: true) }
        // Counted in place, by index: grouping the questions into arrays per topic and status
        // copied every question twice.
        let questions = snapshot.questions
        var byTopic: [String: [QuestionStatus: Int]] = [:], total: [QuestionStatus: Int] = [:]
        for index in questions.indices {
            let status = questions[index].status
            byTopic[questions[index].assignment.topic, default: [:]][status, default: 0] += 1
            total[status, default: 0] += 1
        }
        let groupsByTopic = Dictionary(grouping: views, by: \.representative.assignment.topic).mapValues(\.count)
        func counts(_ byStatus: [QuestionStatus: Int], groups: Int) -> [TableCell] {
            [.number(groups), .number(byStatus.values.reduce(0, +))] + statuses.map { .number(byStatus[$0] ?? 0) }
        }
        var rows = snapshot.campaign.topics.enumerated().map { index, topic -> [TableCell] in
            [.number(index + 1), .text(topic.name)] + counts(byTopic[topic.code] ?? [:], groups: groupsByTopic[topic.code] ?? 0)
        }
        rows.append([.text(""), .text("Tổng cộng")] + counts(total, groups: views.count))
        let d = snapshot.campaign.deadlines, dialogue = snapshot.campaign.dialogue
        return TableSheet(name: "Tổng hợp", heading: heading, columns: columns, rows: rows,
                          footnote: "Mốc thời gian: tổng hợp câu hỏi trước \(d.collect.vietnamese); chuyển cơ quan trả lời trước "
                              + "\(d.forward.vietnamese); trả lời trước \(d.answer.vietnamese); hội nghị đối thoại \(dialogue.date.vietnamese). "
                              + "Chi tiết từng nhóm vấn đề ở các trang sau; tiến độ ở trang \"Tiến độ\" và \"Mốc thời gian\".")
    }

    /// One sheet per topic that has groups, in the configured order.
    func topicSheets() -> [TableSheet] {
        let byTopic = Dictionary(grouping: views, by: \.representative.assignment.topic)
        let topics = snapshot.campaign.topics.filter { byTopic[$0.code] != nil }
        let names = TopicSheetNames.names(for: topics, reserved: Self.fixedSheetNames)
        return topics.map { topic in groupsSheet(name: names[topic.code]!, topic: topic, views: byTopic[topic.code]!) }
    }

    /// Each group once: its representative question, units and count, departments, answers
    /// and letters, status.
    func groupsSheet(name: String, topic: Topic, views: [GroupView]) -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Mã nhóm", width: 12, centered: true),
            TableColumn(header: "Nội dung ý kiến, kiến nghị", width: 55), TableColumn(header: "Đơn vị nêu", width: 24),
            TableColumn(header: "Số lượt", width: 8), TableColumn(header: "Cơ quan chủ trì", width: 18),
            TableColumn(header: "Cơ quan phối hợp", width: 20), TableColumn(header: "Nội dung trả lời", width: 55),
            TableColumn(header: "Văn bản trả lời", width: 16), TableColumn(header: "Tình trạng", width: 16),
        ]
        let rows = views.enumerated().lazy.map { index, view -> [TableCell] in
            let q = view.representative
            return [
                .number(index + 1), .text(view.group.code), .text(q.question.text),
                .text(view.group.units.joined(separator: "; ")), .number(view.memberCount),
                .text(q.assignment.review ? "Sở Nội vụ (chờ xem xét)" : snapshot.departmentNames([q.routing.lead])),
                .text(q.assignment.review ? "" : snapshot.departmentNames(q.routing.co)),
                .text(view.answerText), .text(view.letters), .text(q.status.label),
            ]
        }
        return TableSheet(name: name, heading: nil, columns: columns, rows: rows,
                          footnote: "\(topic.name). Mỗi dòng là một vấn đề; \"Số lượt\" là số câu hỏi cùng nội dung từ các đơn vị.")
    }
}

/// Sheet names for topics: "1. Việc làm" — the topic's name up to its first comma, numbered
/// in the configured order, within Excel's 31 characters and free of the characters Excel
/// refuses in a sheet name, never equal to another sheet's name.
enum TopicSheetNames {
    static func names(for topics: [Topic], reserved: [String]) -> [String: String] {
        var taken = Set(reserved.map(VietnameseText.fold))
        var names: [String: String] = [:]
        for (index, topic) in topics.enumerated() {
            let prefix = "\(index + 1). "
            var name = prefix + shortened(topic.name, to: XLSXLimits.maxSheetNameCharacters - prefix.count)
            if taken.contains(VietnameseText.fold(name)) {
                name = prefix + shortened(topic.code, to: XLSXLimits.maxSheetNameCharacters - prefix.count)
            }
            taken.insert(VietnameseText.fold(name))
            names[topic.code] = name
        }
        return names
    }

    /// The name up to its first comma, cut at a space to fit, without the characters Excel refuses.
    static func shortened(_ name: String, to limit: Int) -> String {
        let cleaned = name.map { "[]:*?/\\".contains($0) ? " " : String($0) }.joined()
            .split(separator: " ").joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        var head = cleaned.split(separator: ",", maxSplits: 1).first.map(String.init) ?? cleaned
        head = head.trimmingCharacters(in: .whitespaces)
        guard head.count > limit else { return head.isEmpty ? "Nhóm" : head }
        let cut = head.prefix(limit)
        let atSpace = cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)
        return atSpace.trimmingCharacters(in: CharacterSet(charactersIn: "' -"))
    }
}
