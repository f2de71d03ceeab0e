import Foundation
@testable import DoiThoaiKit

/// Small values shared by the unit tests.
enum Fixtures {
    static let damThuy = CampaignUnit(code: "1501", name: "Xã Đàm Thủy", kind: "xã")
    static let thucPhan = CampaignUnit(code: "1273", name: "Phường Thục Phán", kind: "phường")
    static let tinhDoan = CampaignUnit(code: "TD", name: "Tỉnh đoàn Cao Bằng", kind: "Tỉnh đoàn")

    static let campaign = Campaign(
        province: "Cao Bằng", year: 2025, title: "Hội nghị đối thoại năm 2025", theme: "Nguồn nhân lực trẻ",
        codePrefix: "CB25",
        deadlines: Deadlines(collect: Day(year: 2025, month: 8, day: 5), forward: Day(year: 2025, month: 8, day: 8),
                             answer: Day(year: 2025, month: 8, day: 20)),
        dialogue: Dialogue(date: Day(year: 2025, month: 8, day: 28), minutes: 120, askMinutes: 2, answerMinutes: 7),
        departments: [Department(code: "SNV", name: "Sở Nội vụ"), Department(code: "STC", name: "Sở Tài chính"),
                      Department(code: "SKHCN", name: "Sở Khoa học và Công nghệ")],
        units: [damThuy, thucPhan, tinhDoan],
        topics: [
            Topic(code: "viec-lam", name: "Việc làm", lead: "SNV", keywords: ["việc làm", "học nghề"]),
            Topic(code: "khoi-nghiep", name: "Khởi nghiệp", lead: "STC", co: ["SNV"], keywords: ["vay vốn", "khởi nghiệp"]),
            Topic(code: "chuyen-doi-so", name: "Chuyển đổi số", lead: "SKHCN", keywords: ["sóng điện thoại", "4g"]),
            Topic(code: "khac", name: "Khác", lead: "SNV"),
        ])

    static func incoming(_ text: String, unit: CampaignUnit = damThuy, file: String = "a.csv", row: Int = 2,
                         name: String? = nil) -> IncomingQuestion {
        IncomingQuestion(place: SourcePlace(file: file, row: row), unit: unit, text: text,
                         asker: Asker(name: name, birthYear: name == nil ? nil : 2001, address: name.map { "Xóm 1, \($0)" },
                                      phone: name == nil ? nil : "0912000111", email: nil),
                         category: .students)
    }

    /// Admits the rows into fresh codes, in order.
    static func questions(_ rows: [IncomingQuestion]) -> [Question] {
        var admission = Admission(known: [:], nextSequence: 1, codePrefix: "CB25")
        admission.admit(rows)
        return admission.newQuestions
    }

    static let answerDay = Day(year: 2025, month: 8, day: 15)
    static let afterDeadline = Day(year: 2025, month: 9, day: 1)

    /// Four questions (two of one concern, one answered), processed as of `today`.
    static func snapshot(today: Day = Fixtures.afterDeadline) -> CampaignSnapshot {
        let questions = Fixtures.questions([
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", name: "Nông Văn A"),
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", unit: Fixtures.tinhDoan),
            Fixtures.incoming("Bao giờ xóm em có sóng điện thoại 4G?"),
            Fixtures.incoming("Em muốn hỏi một việc"),
        ])
        let answer = Answer(place: SourcePlace(file: "stc.csv", row: 2), code: "CB25-0001",
                            department: Department(code: "STC", name: "Sở Tài chính"), text: "Có gói vay", form: .inWriting)
        return Processing.snapshot(campaign: Fixtures.campaign, questions: questions, answers: [answer], today: today)
    }
}
