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
///
/// In batches (`GroupingState.place(batch:)`), the questions of a batch are counted first,
/// each exactly as it would be one after another, then looked up side by side against the
/// index as it stood at the batch's start; the anchors founded within the batch are kept
/// apart as well (`RecentAnchors`) and looked up by each question after, one after another.
struct CandidateIndex {
    /// Earlier questions counted at most per question (a parameter only for tests).
    let visitBudget: Int
    /// Candidates compared exactly per question, the most promising first.
    static let candidateLimit = 24
    /// The score that puts the anchor with exactly the question's text first.
    static let sameTextScore = 1e9

    private let space: MatchSpace
    /// The anchors having each key, in code order, added as groups are founded.
    private var anchorsByKey: ReservedRows
    /// How many questions before `counted` have each key, anchors or not.
    private var earlierCount: [Int32]
    private var counted = 0
    /// The first anchor with exactly these folded features: finds a repeat even when all
    /// its words are too common to be keys.
    private var anchorByText: [UInt64: Int32] = [:]
    /// The anchors added since the batch of look-ups began (`beginBatch`); nil outside batches.
    private(set) var recent: RecentAnchors?

    init(space: MatchSpace, visitBudget: Int = 1024) {
        self.space = space
        self.visitBudget = visitBudget
        let limit = space.keyFrequencyLimit
        anchorsByKey = ReservedRows(capacity: space.folded.frequency.map { $0 <= limit ? $0 : 0 })
        earlierCount = Array(repeating: 0, count: space.folded.frequency.count)
    }

    /// Makes document `index`, the anchor of a new group, a candidate for the questions after
    /// it: by its keys, and by its exact text.
    mutating func add(anchor index: Int) {
        for key in space.foldedRow(index) where isKey(key) { anchorsByKey.append(Int32(index), toRow: Int(key)) }
        let text = textKey(index)
        if anchorByText[text] == nil { anchorByText[text] = Int32(index) }
        if recent != nil {
            let (frequency, limit) = (space.folded.frequency, space.keyFrequencyLimit)
            recent!.add(anchor: Int32(index), keys: space.foldedRow(index).lazy.filter { frequency[Int($0)] <= limit }, text: text)
        }
    }

    /// Up to `candidateLimit` anchors before document `index` sharing the most key weight
    /// with it, best first (ties: the earlier anchor), none of `excluded`. Questions are looked
    /// up one after another in code order.
    mutating func candidates(for index: Int, excluding excluded: [Int], scratch: inout AnchorScores) -> [Int] {
        countKeys(before: index)
        let counts = space.foldedRow(index).filter(isKey).map { KeyCount(key: $0, earlier: earlierCount[Int($0)]) }
        let keys = visitedKeys(counts)
        return candidates(for: index, visiting: keys, excluding: excluded, scratch: &scratch).map(\.item)
    }

    /// The candidates of document `index` among the anchors in the index now, looked up by
    /// `keys` (from `visitedKeys`), with their scores, best first; none of `excluded`.
    func candidates(for index: Int, visiting keys: [Int32], excluding excluded: [Int] = [],
                    scratch scores: inout AnchorScores) -> [TopScores.Scored] {
        score(index, visiting: keys, into: &scores)
        var best = TopScores(limit: Self.candidateLimit)
        for (anchor, score) in zip(scores.anchors, scores.scores) where !excluded.contains(Int(anchor)) {
            best.offer(Int(anchor), score)
        }
        scores.removeAll()
        return best.rankedWithScores()
    }

    /// Adds to `scores` the key weight each anchor in the index shares with document `index`
    /// by `keys`, after `sameTextScore` for the first anchor with exactly its text. Every
    /// look-up sums an anchor's terms in this order, so its score is the same to the last bit
    /// whichever look-up counts it.
    func score(_ index: Int, visiting keys: [Int32], into scores: inout AnchorScores) {
        if let anchor = anchorByText[textKey(index)] { scores.add(anchor, weight: Self.sameTextScore) }
        for key in keys {
            let weight = space.folded.weight(key)
            for anchor in anchorsByKey.row(Int(key)) { scores.add(anchor, weight: weight) }
        }
    }

    /// Whether an anchor in the index has exactly the text of document `index`.
    func hasAnchor(withTextOf index: Int) -> Bool { anchorByText[textKey(index)] != nil }

    /// The document's keys, given with their counts of earlier questions, rarest first, as
    /// far as those counts stay within `visitBudget` together.
    func visitedKeys(_ counts: some Collection<KeyCount>) -> [Int32] {
        var budget = Int32(clamping: visitBudget)
        var visited: [Int32] = []
        for count in rarestFirst(counts) {
            guard count.earlier <= budget else { break }
            budget -= count.earlier
            visited.append(count.key)
        }
        return visited
    }

    /// The keys by frequency, then id (no two keys have the same id, so the order is one),
    /// sorted on one number each: comparing (frequency, id) pairs read both frequencies again
    /// at every comparison, 2-3× the time on rows of 8-48 keys (a microbenchmark: 3.1-3.5 µs
    /// a row that way, by insertion 4.4-5.4 µs, on one number 1.0-1.8 µs).
    func rarestFirst(_ counts: some Collection<KeyCount>) -> [KeyCount] {
        let frequency = space.folded.frequency
        var ranked = counts.map { count in
            (rank: UInt64(UInt32(frequency[Int(count.key)])) << 32 | UInt64(UInt32(count.key)), count: count)
        }
        ranked.sort { $0.rank < $1.rank }
        return ranked.map(\.count)
    }

    // MARK: Batches: look-ups made side by side against the index as it stood

    /// Each key of documents `documents` with how many questions before that document have
    /// it, exactly as the look-ups one after another count them; the index counts them.
    mutating func countKeys(of documents: Range<Int>) -> KeyCountRows {
        countKeys(before: documents.lowerBound)
        var rows = KeyCountRows()
        for document in documents {
            for key in space.foldedRow(document) where isKey(key) {
                rows.counts.append(KeyCount(key: key, earlier: earlierCount[Int(key)]))
                earlierCount[Int(key)] += 1
            }
            rows.endRow()
        }
        counted = documents.upperBound
        return rows
    }

    /// From now on, the anchors added are also kept apart until the next batch begins, for
    /// `recentCandidates`.
    mutating func beginBatch() {
        if recent == nil { recent = RecentAnchors() } else { recent!.removeAll() }
    }

    /// The best candidates of document `index` among the anchors added since the batch began,
    /// with their scores, best first, looked up by `keys`. Scored as `score` scores them, the
    /// same terms in the same order; the text's anchor counts only when no anchor before the
    /// batch had the document's text (`textFoundBefore`), as only the first one counts.
    func recentCandidates(for index: Int, visiting keys: [Int32], textFoundBefore: Bool,
                          scratch scores: inout AnchorScores) -> [TopScores.Scored] {
        guard let recent, !recent.isEmpty else { return [] }
        if !textFoundBefore, let anchor = recent.anchor(withText: textKey(index)) {
            scores.add(anchor, weight: Self.sameTextScore)
        }
        for key in keys {
            let weight = space.folded.weight(key)
            recent.forEachAnchor(withKey: key) { scores.add($0, weight: weight) }
        }
        var best = TopScores(limit: Self.candidateLimit)
        for (anchor, score) in zip(scores.anchors, scores.scores) { best.offer(Int(anchor), score) }
        scores.removeAll()
        return best.rankedWithScores()
    }

    /// Counts the keys of the questions before `index` not counted yet.
    private mutating func countKeys(before index: Int) {
        precondition(index >= counted, "questions are looked up in code order")
        for document in counted..<index {
            for key in space.foldedRow(document) where isKey(key) { earlierCount[Int(key)] += 1 }
        }
        counted = index
    }

    func isKey(_ feature: Int32) -> Bool { space.folded.frequency[Int(feature)] <= space.keyFrequencyLimit }

    func textKey(_ index: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in space.foldedRow(index) { hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

/// A key of a question, and how many questions before it have that key.
struct KeyCount: Equatable {
    var key: Int32
    var earlier: Int32
}

/// The key counts of consecutive documents, one row each, in one array.
struct KeyCountRows {
    var counts: [KeyCount] = []
    private var starts: [Int] = [0]

    mutating func endRow() { starts.append(counts.count) }

    func row(_ index: Int) -> ArraySlice<KeyCount> { counts[starts[index]..<starts[index + 1]] }
}
