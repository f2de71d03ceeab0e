import Foundation

/// The consolidated question-and-answer workbook (tổng hợp ý kiến, kiến nghị và nội dung
/// trả lời): groups by topic with their units and answers, every question, the review
/// queue, the dialogue script, the departments' progress and the data problems.
struct ConsolidatedWorkbook {
    let snapshot: CampaignSnapshot
    /// `GroupView.all(in: snapshot)`.
    let views: [GroupView]
    /// Worked out once per run, for the run report and this workbook.
    let progress: Progress

    /// The sheets besides the topics', which a topic's sheet name must not take.
    static let fixedSheetNames = ["Tổng hợp", "Danh sách câu hỏi", "Cần xem xét", "Kịch bản đối thoại",
                                  "Gửi trả lời bằng văn bản", "Tiến độ", "Mốc thời gian", "Theo dõi nhiệm vụ", "Lỗi dữ liệu"]

    func write(to workbook: XLSXWorkbook) throws {
        try summarySheet().write(to: workbook)
        for sheet in topicSheets() { try sheet.write(to: workbook) }
        try questionsSheet().write(to: workbook)
        try reviewSheet().write(to: workbook)
        try shortlistSheet().write(to: workbook)
        try writtenRepliesSheet().write(to: workbook)
        try progressSheet(progress).write(to: workbook)
        try deadlinesSheet(progress).write(to: workbook)
        try followUpSheet().write(to: workbook)
        try problemsSheet().write(to: workbook)
    }

    var heading: DocumentHeading {
        DocumentHeading(campaign: snapshot.campaign, today: snapshot.today,
                        title: "Tổng hợp ý kiến, kiến nghị của thanh niên và nội dung trả lời")
    }

    func questionsSheet() -> TableSheet {
        let personal = PersonalColumns(privacy: snapshot.campaign.privacy)
        var columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Mã", width: 12, centered: true),
            TableColumn(header: "Mã nhóm", width: 12, centered: true),
            TableColumn(header: "Giống câu đại diện", width: 10, centered: true), TableColumn(header: "Đơn vị", width: 20),
            TableColumn(header: "Nội dung", width: 55),
        ]
        columns += personal.columns
        columns += [
            TableColumn(header: "Đối tượng", width: 18), TableColumn(header: "Nhóm vấn đề", width: 22),
            TableColumn(header: "Độ tin cậy", width: 10, centered: true), TableColumn(header: "Tình trạng", width: 16),
            TableColumn(header: "Tệp nguồn", width: 22), TableColumn(header: "Dòng", width: 7),
        ]
        let similarity = Dictionary(snapshot.groups.flatMap(\.membersWithSimilarity), uniquingKeysWith: { a, _ in a })
        let rows = snapshot.questions.enumerated().lazy.map { index, q -> [TableCell] in
            [.number(index + 1), .text(q.code), .text(q.group), .text(FixedDecimal.format((similarity[q.code] ?? 1) * 100, decimals: 0) + "%"),
             .text(q.question.unitName), .text(q.question.text)]
                + personal.cells(q.question.asker)
                + [.text(q.question.category.label), .text(snapshot.topicName(q.assignment.topic)),
                   .text(FixedDecimal.format(q.assignment.confidence, decimals: 2)), .text(q.status.label),
                   .text(q.question.source.file), .number(q.question.source.row)]
        }
        return TableSheet(name: "Danh sách câu hỏi", heading: nil, columns: columns, rows: rows)
    }

    func reviewSheet() -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Mã nhóm", width: 12, centered: true),
            TableColumn(header: "Nội dung", width: 60), TableColumn(header: "Đơn vị nêu", width: 24),
            TableColumn(header: "Nhóm đề xuất", width: 24), TableColumn(header: "Độ tin cậy", width: 10, centered: true),
            TableColumn(header: "Nhóm thứ hai", width: 24), TableColumn(header: "Từ khóa nhận biết", width: 30),
        ]
        let rows = views.lazy.filter(\.representative.assignment.review).enumerated().lazy.map { index, view -> [TableCell] in
            let a = view.representative.assignment
            return [.number(index + 1), .text(view.group.code), .text(view.representative.question.text),
                    .text(view.group.units.joined(separator: "; ")), .text(snapshot.topicName(a.topic)),
                    .text(FixedDecimal.format(a.confidence, decimals: 2)), .text(a.runnerUp.map(snapshot.topicName) ?? ""),
                    .text(a.evidence.joined(separator: ", "))]
        }
        return TableSheet(name: "Cần xem xét", heading: nil, columns: columns, rows: rows,
                          footnote: "Các nhóm có độ tin cậy dưới \(snapshot.campaign.classification.minConfidence): Sở Nội vụ xem xét và chọn nhóm vấn đề trước khi chuyển cơ quan trả lời.")
    }

    func problemsSheet() -> TableSheet {
        let columns = [
            TableColumn(header: "STT", width: 6, centered: true), TableColumn(header: "Loại", width: 14),
            TableColumn(header: "Tệp", width: 30), TableColumn(header: "Dòng", width: 7),
            TableColumn(header: "Vấn đề và cách sửa", width: 90),
        ]
        let problems = snapshot.rejections.map { ("Câu hỏi", $0) } + snapshot.answerRejections.map { ("Trả lời", $0) }
            + snapshot.answerNotices.map { ("Trả lời (lưu ý)", $0) } + snapshot.followUp.rejections.map { ("Theo dõi nhiệm vụ", $0) }
        let rows = problems.enumerated().map { index, item -> [TableCell] in
            [.number(index + 1), .text(item.0), .text(item.1.file), item.1.row.map { .number($0) } ?? .text("cả tệp"), .text(item.1.reason)]
        }
        return TableSheet(name: "Lỗi dữ liệu", heading: nil, columns: columns, rows: rows)
    }
}

/// The askers' personal columns the privacy options allow in the consolidated workbook.
struct PersonalColumns {
    let fields: [PersonalField]

    init(privacy: PrivacyOptions) {
        fields = PersonalField.allCases.filter(privacy.consolidated.contains)
    }

    var columns: [TableColumn] {
        fields.map { field in
            switch field {
            case .name: return TableColumn(header: "Người hỏi", width: 20)
            case .birthYear: return TableColumn(header: "Năm sinh", width: 8, centered: true)
            case .address: return TableColumn(header: "Địa chỉ", width: 24)
            case .phone: return TableColumn(header: "Điện thoại", width: 14)
            case .email: return TableColumn(header: "Email", width: 22)
            }
        }
    }

    func cells(_ asker: Asker) -> [TableCell] {
        fields.map { field in
            switch field {
            case .name: return .text(asker.name ?? "")
            case .birthYear: return .text(asker.birthYear.map(String.init) ?? "")
            case .address: return .text(asker.address ?? "")
            case .phone: return .text(asker.phone ?? "")
            case .email: return .text(asker.email ?? "")
            }
        }
    }
}
