/// Writes a draft in a wording as UTF-8 bytes:
///
///     Đề nghị tỉnh mở lớp đào tạo nghề miễn phí về sửa chữa xe máy cho bộ đội xuất ngũ ở xóm
///     Nà Mạ, xã Bảo Lạc. Xóm có 14 bạn học xong lớp 9 ở nhà không đi học tiếp, học xong lại
///     không có việc làm đúng nghề.
///
/// or, worded otherwise, "Xom co 14 ban … Cho em hoi tinh co ke hoach mo lop … khong?".
struct QuestionRenderer: Sendable {
    let facts: CampaignFacts

    func text(_ draft: QuestionDraft, _ wording: Wording) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(400)
        let spelling = wording.spelling
        if wording.situationFirst {
            situation(draft, spelling, into: &bytes)
            bytes.append(contentsOf: ". ".utf8)
            request(draft, wording, into: &bytes)
        } else {
            request(draft, wording, into: &bytes)
            bytes.append(UInt8(ascii: " "))
            situation(draft, spelling, into: &bytes)
            bytes.append(UInt8(ascii: "."))
        }
        bytes.append(contentsOf: QuestionPhrases.closings[wording.closing].bytes(spelling))
        return bytes
    }

    /// "Đề nghị tỉnh <action> <target> cho <beneficiary> ở xóm <hamlet>, <unit>." or the
    /// question form "Cho em hỏi tỉnh có kế hoạch … không?".
    private func request(_ draft: QuestionDraft, _ wording: Wording, into bytes: inout [UInt8]) {
        let theme = Theme.all[Int(draft.theme)]
        let opening = QuestionPhrases.openings[wording.opening]
        let spelling = wording.spelling
        bytes.append(contentsOf: opening.start.bytes(spelling))
        bytes.append(contentsOf: opening.asksQuestion ? QuestionPhrases.questionFrame.bytes(spelling) : [UInt8(ascii: " ")])
        bytes.append(contentsOf: theme.actions[Int(draft.action)].bytes(spelling))
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: theme.targets[Int(draft.target)].bytes(spelling))
        bytes.append(contentsOf: theme.connective.bytes(spelling))
        bytes.append(contentsOf: theme.beneficiaries[Int(draft.beneficiary)].bytes(spelling))
        bytes.append(UInt8(ascii: " "))
        place(draft, spelling, into: &bytes)
        bytes.append(contentsOf: opening.asksQuestion ? QuestionPhrases.questionEnd.bytes(spelling) : [UInt8(ascii: ".")])
    }

    /// "ở xóm Nà Mạ, xã Bảo Lạc" or "ở tổ dân phố Khau Lình, phường Tân Giang".
    private func place(_ draft: QuestionDraft, _ spelling: Spelling, into bytes: inout [UInt8]) {
        let unit = facts.units[Int(draft.place)]
        let within = unit.role == .ward ? QuestionPhrases.residentialGroup : QuestionPhrases.hamlet
        bytes.append(contentsOf: within.bytes(spelling))
        bytes.append(contentsOf: PeoplePhrases.hamlets[Int(draft.hamlet)].bytes(spelling))
        bytes.append(contentsOf: ", ".utf8)
        bytes.append(contentsOf: unit.inSentence.bytes(spelling))
    }

    /// "Xóm có 14 bạn học xong lớp 9 ở nhà không đi học tiếp, học xong lại không có việc làm đúng nghề".
    private func situation(_ draft: QuestionDraft, _ spelling: Spelling, into bytes: inout [UInt8]) {
        let theme = Theme.all[Int(draft.theme)]
        let situation = theme.situations[Int(draft.situation)]
        bytes.append(contentsOf: situation.head.bytes(spelling))
        bytes.append(contentsOf: String(draft.number).utf8)
        bytes.append(contentsOf: situation.tail.bytes(spelling))
        bytes.append(contentsOf: theme.consequences[Int(draft.consequence)].bytes(spelling))
        guard draft.detail > 0 else { return }
        let detail = QuestionPhrases.details[Int(draft.detail) - 1]
        bytes.append(contentsOf: ". ".utf8)
        bytes.append(contentsOf: detail.head.bytes(spelling))
        bytes.append(contentsOf: String(draft.detailNumber).utf8)
        bytes.append(contentsOf: detail.tail.bytes(spelling))
    }
}
