import Foundation

/// The campaign.yml the loader tests start from: complete, valid, and without the optional
/// sections. Invalid cases change one line of it, so the line numbers below stay put:
///
///  2 province · 3 year · 4 title · 5 theme · 6 code_prefix · 7 deadlines (8 collect,
///  9 forward, 10 answer) · 11 dialogue (12 date, 13 minutes) · 16 departments (17 SNV,
///  19 SYT, 21 SGDDT) · 23 units (24, 27, 30) · 33 topics (34 viec-lam, 39 an-sinh, 46 khac)
enum CampaignFixture {
    static let valid = """
    # Chiến dịch mẫu cho kiểm thử: không có dedup, classification, privacy
    province: Cao Bằng
    year: 2025
    title: Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2025
    theme: Thanh niên Cao Bằng với chuyển đổi số
    code_prefix: CB25
    deadlines:
      collect: 2025-08-05
      forward: 2025-08-08
      answer: "2025-08-20"
    dialogue:
      date: 2025-08-28
      minutes: 120
      ask_minutes: 2
      answer_minutes: 7
    departments:
      - code: SNV
        name: Sở Nội vụ
      - code: SYT
        name: Sở Y tế
      - code: SGDDT
        name: Sở Giáo dục và Đào tạo
    units:
      - code: 01273
        name: Phường Thục Phán
        kind: phường
      - code: "01279"
        name: Phường Nùng Trí Cao
        kind: phường
      - code: TD
        name: Tỉnh đoàn Cao Bằng
        kind: Tỉnh đoàn
    topics:
      - code: viec-lam
        name: Việc làm, đào tạo nghề
        lead: SNV
        co: [SGDDT]
        keywords: [việc làm, học nghề, xuất khẩu lao động]
      - code: an-sinh
        name: Y tế, an sinh xã hội
        lead: syt
        co:
          - SNV
        keywords:
          - bảo hiểm y tế
      - code: khac
        name: Khác
        lead: SNV
    """

    /// `valid` with the first occurrence of each `old` (which must occur) replaced by `new`.
    static func valid(replacing edits: [(old: String, new: String)]) -> String {
        edits.reduce(valid) { yaml, edit in
            guard let range = yaml.range(of: edit.old) else { preconditionFailure("fixture has no \(edit.old)") }
            return yaml.replacingCharacters(in: range, with: edit.new)
        }
    }

    /// `valid` with `old` replaced by `new`.
    static func valid(replacing old: String, with new: String) -> String {
        valid(replacing: [(old, new)])
    }
}
