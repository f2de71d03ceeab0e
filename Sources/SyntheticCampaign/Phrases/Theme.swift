/// One of the ten concerns youth raise (employment, vocational training, start-ups and loans,
/// education, health, digital, roads, culture and sport, security, environment), as the
/// pieces a question about it is built from:
///
///     Đề nghị tỉnh | mở lớp đào tạo nghề miễn phí về | sửa chữa xe máy | cho | bộ đội xuất ngũ
///     | ở xóm Nà Mạ, xã Bảo Lạc. | Xóm có 14 bạn học xong lớp 9 ở nhà | , học xong lại …
///
/// Every action fits every target, so the pieces combine freely; the many combinations keep
/// two unrelated questions far below the grouping threshold, while a reworded copy keeps
/// every piece and stays far above it.
struct Theme: Sendable {
    /// English name, for tests and messages.
    let name: String
    /// Verb phrases that take a target: "mở lớp đào tạo nghề miễn phí về".
    let actions: [Phrase]
    let targets: [Phrase]
    /// Joins the request to who it is for: " cho ", " để bảo vệ ".
    let connective: Phrase
    let beneficiaries: [Phrase]
    /// The situation that prompts the question, with a number: "Xóm có {n} bạn …"; the
    /// theme's own, then those of every theme (`QuestionPhrases.situations`).
    let situations: [NumberedPhrase]
    /// What follows from it, opening with a comma: ", nhiều bạn phải đi làm ăn xa"; the
    /// theme's own, then those of every theme.
    let consequences: [Phrase]
    /// What a department answers it will do (answer files).
    let measures: [Phrase]

    init(name: String, actions: [String], targets: [String], connective: String = "cho",
         beneficiaries: [String], situations: [(String, ClosedRange<Int>)], consequences: [String],
         measures: [String]) {
        self.name = name
        self.actions = actions.map(Phrase.init)
        self.targets = targets.map(Phrase.init)
        self.connective = Phrase(" \(connective) ")
        self.beneficiaries = beneficiaries.map(Phrase.init)
        self.situations = situations.map { NumberedPhrase($0.0, $0.1) } + QuestionPhrases.situations
        self.consequences = consequences.map(Phrase.init) + QuestionPhrases.consequences
        self.measures = measures.map(Phrase.init)
    }

    /// Every theme, in a fixed order (a draft stores its theme's index).
    static let all: [Theme] = livelihood + publicServices + community

    /// The words of what the theme asks for, to find the campaign topic it belongs to.
    var requestText: String {
        (actions + targets).map(\.text).joined(separator: " . ")
    }
}
