@testable import DoiThoaiKit

/// Question texts on which grouping has many decisions to get right, the same for the same
/// seed: concerns asked again in other words, in runs of consecutive rewordings (so a batch
/// boundary falls inside a run), exact repeats, texts typed without diacritics, and common
/// words that make some keys too frequent to visit.
struct VariedQuestions {
    static let subjects = ["thanh niên nông thôn", "học sinh vùng cao", "công nhân khu công nghiệp",
                           "sinh viên mới ra trường", "đoàn viên", "bộ đội xuất ngũ"]
    static let needs = ["vay vốn khởi nghiệp", "học nghề miễn phí", "sóng điện thoại", "nhà ở xã hội",
                        "bảo hiểm y tế", "sân chơi thể thao", "giới thiệu việc làm", "nước sạch",
                        "phòng chống ma túy", "kỹ năng số", "trồng chè", "nuôi bò", "đường giao thông"]
    static let openings = ["Đề nghị tỉnh hỗ trợ", "Cho em hỏi về", "Kiến nghị quan tâm", "Mong tỉnh có chính sách", ""]
    static let extras = ["ở xóm Nà Rị", "năm nay", "cho bà con", "tại bản Khuổi", "trong mùa mưa", "ạ"]

    private var random: SplitMix
    private var concerns: [String] = []
    private(set) var texts: [String] = []

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    /// `count` texts.
    static func texts(_ count: Int, seed: UInt64) -> [String] {
        var questions = VariedQuestions(seed: seed)
        while questions.texts.count < count { questions.addSome() }
        return Array(questions.texts.prefix(count))
    }

    private mutating func addSome() {
        switch random.below(10) {
        case 0..<4: texts.append(newConcern())
        case 4, 5: for _ in 0...random.below(6) { texts.append(reworded(recentConcern())) }
        case 6: if let earlier = pick(texts) { texts.append(earlier) }
        case 7: texts.append(VietnameseText.stripDiacritics(reworded(pick(concerns) ?? newConcern())))
        default: texts.append(reworded(pick(concerns) ?? newConcern()))
        }
    }

    private mutating func newConcern() -> String {
        var words = [pick(Self.needs)!, "cho", pick(Self.subjects)!]
        if random.below(2) == 0 { words.append("số \(random.below(40))") }
        if random.below(3) == 0 { words.append(pick(Self.needs)!) }
        let concern = words.joined(separator: " ")
        concerns.append(concern)
        return concern
    }

    private mutating func recentConcern() -> String {
        concerns.isEmpty ? newConcern() : concerns[concerns.count - 1 - random.below(min(3, concerns.count))]
    }

    private mutating func reworded(_ concern: String) -> String {
        var text = pick(Self.openings)! + " " + concern
        if random.below(2) == 0 { text += " " + pick(Self.extras)! }
        if random.below(4) == 0 { text = text.uppercased() }
        return text + (random.below(2) == 0 ? "?" : "")
    }

    private mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[random.below(items.count)] }
}

/// The generator training uses (SplitMix64, seeded), so that a failing case can be run again.
typealias SplitMix = SeededGenerator

extension SeededGenerator {
    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
