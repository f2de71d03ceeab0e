import DoiThoaiKit
import Foundation

/// The departments' answer files, written while the questions are: `answers/<department>.csv`
/// with the columns of the example's `so-noi-vu.csv`, each row answering a question by the
/// code the pipeline will give it.
final class AnswerBook {
    static let header = ["Mã câu hỏi", "Nội dung câu hỏi", "Cơ quan trả lời", "Nội dung trả lời", "Ngày trả lời",
                         "Công văn số", "Hình thức trả lời"]
    static let forms = [Phrase("Trả lời bằng văn bản"), Phrase("Trả lời tại hội nghị")]

    private let folder: URL
    private let facts: CampaignFacts
    /// Each department's letter number ("1987/SNV-VP"), fixed for the campaign.
    private let letters: [String: [UInt8]]
    private let timelines: [Phrase]
    private var files: [String: BufferedCSVFile] = [:]
    private(set) var rows = 0

    init(folder: URL, facts: CampaignFacts, random: inout SeededGenerator) {
        self.folder = folder
        self.facts = facts
        let year = facts.campaign.year
        letters = Dictionary(uniqueKeysWithValues: facts.campaign.departments.map {
            ($0.code, Array("\(random.number(in: 100...2999))/\($0.code)-VP".utf8))
        })
        timelines = [
            "Dự kiến thực hiện trong quý IV/\(year).", "Kết quả sẽ được thông báo đến đơn vị trước ngày 31/12/\(year).",
            "Kết quả thực hiện sẽ được báo cáo UBND tỉnh trong năm \(year + 1).",
        ].map(Phrase.init)
    }

    /// Answers the question `code` (text as asked, from `unit`, on `theme`): its topic's lead
    /// department mostly, a co-department sometimes; dated between the forward and answer deadlines.
    func answer(code: String, question: [UInt8], theme: Int, unit: Int, using random: inout SeededGenerator) throws {
        let topic = facts.themeTopics[theme]
        let department = !topic.co.isEmpty && random.chance(0.2) ? random.pick(topic.co) : topic.lead
        let file = try self.file(for: department)
        file.field(Array(code.utf8))
        file.field(question)
        file.field(Array(department.utf8))
        file.field(text(department: department, theme: theme, unit: unit, using: &random))
        file.field(Array(date(using: &random).utf8))
        file.field(letters[department] ?? [])
        file.field(random.chance(0.8) ? Self.forms[0].bytes(.standard) : Self.forms[1].bytes(.standard))
        try file.endRow()
        rows += 1
    }

    /// Closes every file; returns how many there are.
    func close() throws -> Int {
        for file in files.values { try file.close() }
        return files.count
    }

    /// "Sở Nội vụ tiếp thu ý kiến của thanh niên xã Bảo Lạc. <measure>. <timeline>"
    private func text(department: String, theme: Int, unit: Int, using random: inout SeededGenerator) -> [UInt8] {
        let name = facts.campaign.departments.first { $0.code == department }?.name ?? department
        var bytes = Array("\(name) tiếp thu ý kiến của thanh niên ".utf8)
        bytes += facts.units[unit].inSentence.bytes(.standard)
        bytes += Array(". ".utf8)
        bytes += random.pick(Theme.all[theme].measures).bytes(.standard)
        bytes += Array(". ".utf8)
        bytes += random.pick(timelines).bytes(.standard)
        return bytes
    }

    /// A day from the forward deadline to the answer deadline, written `14/08/2025`.
    private func date(using random: inout SeededGenerator) -> String {
        let deadlines = facts.campaign.deadlines
        let day = deadlines.forward.adding(days: random.number(in: 0...max(0, deadlines.answer.days(since: deadlines.forward))))
        return day.vietnamese
    }

    private func file(for department: String) throws -> BufferedCSVFile {
        if let file = files[department] { return file }
        let name = facts.campaign.departments.first { $0.code == department }?.name ?? department
        let file = try BufferedCSVFile(creating: folder.appendingPathComponent(VietnameseSpelling.ascii(name, separator: "-") + ".csv"))
        for column in Self.header { file.field(column) }
        try file.endRow()
        files[department] = file
        return file
    }
}
