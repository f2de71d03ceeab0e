/// Finds the groups a question may belong to without comparing it with every other: for
/// each rare folded feature (a key), the questions that have it, in code order; the
/// anchors (first members of groups) among the earlier ones are the candidates.
///
/// Near-linear by construction: a question's keys are looked up rarest first, and the
/// look-up stops before the earlier questions visited would pass `visitBudget`, so no
/// question costs more than a constant however many the campaign holds. (Without the
/// budget, 1M questions took 27× the time of 100k: mid-frequency keys such as "xóm 17"
/// gather thousands of questions. BENCHMARKS.md.)
struct CandidateIndex {
    /// Earlier questions visited at most per question (a parameter only for tests).
    let visitBudget: Int
    /// Candidates compared exactly per question, the most promising first.
    static let candidateLimit = 24

    private let space: MatchSpace
    /// The questions having each key, in code order, all in one array.
    private let postings: PackedRows
    /// The first anchor with exactly these folded features: finds a repeat even when all
    /// its words are too common to be keys.
    private var anchorByText: [UInt64: Int32] = [:]
    /// Shared key weight per anchor for the question being placed; zero elsewhere.
    private var scores: [Double]
    private var touched: [Int32] = []
    private var keys: [Int32] = []

    init(space: MatchSpace, visitBudget: Int = 1024) {
        self.space = space
        self.visitBudget = visitBudget
        postings = Self.postings(space)
        scores = Array(repeating: 0, count: space.count)
    }

    /// Questions by key: counted, then filled in code order (a counting sort).
    static func postings(_ space: MatchSpace) -> PackedRows {
        let limit = space.keyFrequencyLimit
        let frequency = space.folded.frequency
        return PackedRows(rowCount: frequency.count) { add in
            for document in 0..<space.count {
                for key in space.foldedRow(document) where frequency[Int(key)] <= limit { add(Int(key), Int32(document)) }
            }
        }
    }

    /// Makes document `index` findable by its exact text; its keys already find it.
    mutating func add(anchor index: Int) {
        let text = textKey(index)
        if anchorByText[text] == nil { anchorByText[text] = Int32(index) }
    }

    /// Up to `candidateLimit` anchors before document `index` sharing the most key weight
    /// with it, best first (ties: the earlier anchor), none of `excluded`. `anchorOf` gives
    /// each earlier document's group as its anchor's index.
    mutating func candidates(for index: Int, excluding excluded: [Int], anchorOf: [Int32]) -> [Int] {
        if let anchor = anchorByText[textKey(index)] { visit(anchor, weight: 1e9) }
        var budget = visitBudget
        for key in sortedKeys(index) {
            let earlier = postings.row(Int(key)).prefix(upTo: postings.position(of: Int32(index), inRow: Int(key)))
            guard earlier.count <= budget else { break }
            budget -= earlier.count
            let weight = space.folded.weight(key)
            for other in earlier where anchorOf[Int(other)] == other { visit(other, weight: weight) }
        }
        var best = TopScores(limit: Self.candidateLimit)
        for anchor in touched where !excluded.contains(Int(anchor)) { best.offer(Int(anchor), scores[Int(anchor)]) }
        for anchor in touched { scores[Int(anchor)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return best.ranked()
    }

    /// The document's keys, rarest first.
    private mutating func sortedKeys(_ index: Int) -> [Int32] {
        let (limit, frequency) = (space.keyFrequencyLimit, space.folded.frequency)
        keys.removeAll(keepingCapacity: true)
        for key in space.foldedRow(index) where frequency[Int(key)] <= limit { keys.append(key) }
        keys.sort { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }
        return keys
    }

    private mutating func visit(_ anchor: Int32, weight: Double) {
        if scores[Int(anchor)] == 0 { touched.append(anchor) }
        scores[Int(anchor)] += weight
    }

    private func textKey(_ index: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in space.foldedRow(index) { hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

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
    func ranked() -> [Int] { items.sorted(by: Self.before).map(\.item) }

    static func before(_ a: Scored, _ b: Scored) -> Bool {
        a.score != b.score ? a.score > b.score : a.item < b.item
    }
}
