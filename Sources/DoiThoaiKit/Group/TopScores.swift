/// The best few of many scored items, kept without sorting them all.
struct TopScores {
    typealias Scored = (item: Int, score: Double)
    let limit: Int
    private var items: [Scored] = []
    /// Index of the item the next better offer replaces, once full.
    private var worst = 0

    init(limit: Int) { self.limit = limit }

    mutating func offer(_ item: Int, _ score: Double) {
        if items.count < limit {
            items.append((item, score))
            if items.count == limit { findWorst() }
        } else if Self.before((item, score), items[worst]) {
            items[worst] = (item, score)
            findWorst()
        }
    }

    private mutating func findWorst() {
        worst = items.indices.max { Self.before(items[$0], items[$1]) } ?? 0
    }

    /// Highest score first; on equal scores, the lower item first.
    func ranked() -> [Int] { rankedWithScores().map(\.item) }

    /// `ranked`, each item with its score.
    func rankedWithScores() -> [Scored] { items.sorted(by: Self.before) }

    static func before(_ a: Scored, _ b: Scored) -> Bool {
        a.score != b.score ? a.score > b.score : a.item < b.item
    }
}
