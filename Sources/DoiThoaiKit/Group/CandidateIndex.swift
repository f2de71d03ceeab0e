/// Finds the groups a question may belong to without comparing it with every other: for
/// each rare folded feature (a key), the anchors (first members of groups) that have it, in
/// code order; those founded before the question are its candidates.
///
/// Near-linear by construction: a question's keys are looked up rarest first, and the
/// look-up stops before the earlier questions having them (anchors or not) would pass
/// `visitBudget`, so no question costs more than a constant however many the campaign holds.
/// (Without the budget, 1M questions took 27× the time of 100k: mid-frequency keys such as
/// "xóm 17" gather thousands of questions. BENCHMARKS.md.)
///
/// Questions are looked up in code order, and each anchor is added before the look-up of
/// the next question: the index counts the earlier questions as it goes instead of
/// searching lists of every question, and lists only the anchors. (perf, 1M questions:
/// checking whether each earlier question was an anchor, and the binary search for where
/// the earlier ones end, were 45% of the look-up's samples, nearly all cache misses. With
/// this and `AnchorScores`, the group stage's CPU time went from 102.9 to 70.8 s at 1M
/// questions, same groups; at 100k, where those arrays mostly stay in cache, from 6.7–7.8 s
/// to 6.1–7.4 s, within the noise of a shared machine.)
struct CandidateIndex {
    /// Earlier questions counted at most per question (a parameter only for tests).
    let visitBudget: Int
    /// Candidates compared exactly per question, the most promising first.
    static let candidateLimit = 24

    private let space: MatchSpace
    /// The anchors having each key, in code order, added as groups are founded.
    private var anchorsByKey: ReservedRows
    /// How many questions before `counted` have each key, anchors or not.
    private var earlierCount: [Int32]
    private var counted = 0
    /// The first anchor with exactly these folded features: finds a repeat even when all
    /// its words are too common to be keys.
    private var anchorByText: [UInt64: Int32] = [:]
    /// Shared key weight per anchor for the question being placed.
    private var scores: AnchorScores
    private var keys: [Int32] = []

    init(space: MatchSpace, visitBudget: Int = 1024) {
        self.space = space
        self.visitBudget = visitBudget
        let limit = space.keyFrequencyLimit
        anchorsByKey = ReservedRows(capacity: space.folded.frequency.map { $0 <= limit ? $0 : 0 })
        earlierCount = Array(repeating: 0, count: space.folded.frequency.count)
        scores = AnchorScores(expected: visitBudget + 1)
    }

    /// Makes document `index`, the anchor of a new group, a candidate for the questions after
    /// it: by its keys, and by its exact text.
    mutating func add(anchor index: Int) {
        for key in space.foldedRow(index) where isKey(key) { anchorsByKey.append(Int32(index), toRow: Int(key)) }
        let text = textKey(index)
        if anchorByText[text] == nil { anchorByText[text] = Int32(index) }
    }

    /// Up to `candidateLimit` anchors before document `index` sharing the most key weight
    /// with it, best first (ties: the earlier anchor), none of `excluded`.
    mutating func candidates(for index: Int, excluding excluded: [Int]) -> [Int] {
        countKeys(before: index)
        if let anchor = anchorByText[textKey(index)] { scores.add(anchor, weight: 1e9) }
        var budget = visitBudget
        for key in sortedKeys(index) {
            let earlier = Int(earlierCount[Int(key)])
            guard earlier <= budget else { break }
            budget -= earlier
            let weight = space.folded.weight(key)
            for anchor in anchorsByKey.row(Int(key)) { scores.add(anchor, weight: weight) }
        }
        var best = TopScores(limit: Self.candidateLimit)
        for (anchor, score) in zip(scores.anchors, scores.scores) where !excluded.contains(Int(anchor)) {
            best.offer(Int(anchor), score)
        }
        scores.removeAll()
        return best.ranked()
    }

    /// Counts the keys of the questions before `index` not counted yet.
    private mutating func countKeys(before index: Int) {
        precondition(index >= counted, "questions are looked up in code order")
        for document in counted..<index {
            for key in space.foldedRow(document) where isKey(key) { earlierCount[Int(key)] += 1 }
        }
        counted = index
    }

    /// The document's keys, rarest first.
    private mutating func sortedKeys(_ index: Int) -> [Int32] {
        let frequency = space.folded.frequency
        keys.removeAll(keepingCapacity: true)
        for key in space.foldedRow(index) where isKey(key) { keys.append(key) }
        keys.sort { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }
        return keys
    }

    private func isKey(_ feature: Int32) -> Bool { space.folded.frequency[Int(feature)] <= space.keyFrequencyLimit }

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
