/// The grouper's work in progress: which group each document is in, and where groups are
/// found by their anchors.
struct GroupingState {
    let space: MatchSpace
    /// Group of each document, as the anchor's document index; -1 until placed.
    private(set) var anchorOf: [Int32]
    /// Not private: the batches (`GroupingState+Batches.swift`) look up and add anchors too.
    var index: CandidateIndex
    /// Scratch of the look-ups made on this thread.
    var scores: AnchorScores
    /// Only built when corrections or earlier groups name questions by code.
    private var indexOfCode: [String: Int] = [:]

    init(space: MatchSpace, needsCodes: Bool, visitBudget: Int = 1024) {
        self.space = space
        anchorOf = Array(repeating: -1, count: space.count)
        index = CandidateIndex(space: space, visitBudget: visitBudget)
        scores = AnchorScores(expected: visitBudget + 1)
        if needsCodes {
            indexOfCode = Dictionary(space.questions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Puts document `document` in its earlier group when that still holds, else in the most
    /// similar candidate group at or above the threshold, else in a new group of its own.
    /// Candidates are looked up by `keys` when given (from `CandidateIndex.visitedKeys`), else
    /// counted afresh, questions one after another.
    mutating func place(_ document: Int, existing: String?, grouper: NearDuplicateGrouper, keys: [Int32]? = nil) {
        let code = space.code(document)
        let forbidden = grouper.corrections.notDuplicateOf[code, default: []]
            .compactMap { indexOfCode[$0] }.map { Int(anchorOf[$0]) }.filter { $0 >= 0 }
        if existing == code {
            found(document)  // the anchor of a group given on an earlier night
            return
        }
        if let existing, let anchor = indexOfCode[existing], anchor < document, anchorOf[anchor] == anchor,
           !forbidden.contains(anchor) {
            join(document, to: anchor)
            return
        }
        if let anchor = bestAnchor(for: document, threshold: grouper.threshold, excluding: forbidden, keys: keys) {
            join(document, to: anchor)
        } else {
            found(document)
        }
    }

    /// The candidate anchor most similar to the document, if any reaches the threshold.
    mutating func bestAnchor(for document: Int, threshold: Double, excluding: [Int], keys: [Int32]? = nil) -> Int? {
        let candidates = if let keys {
            index.candidates(for: document, visiting: keys, excluding: excluding, scratch: &scores).map(\.item)
        } else {
            index.candidates(for: document, excluding: excluding, scratch: &scores)
        }
        let space = space
        space.prefetch(candidates, toCompareWith: document)
        return Self.mostSimilar(candidates.lazy.map { ($0, space.similarity(document, $0)) }, threshold: threshold)
    }

    /// The anchor most similar at or above the threshold; on equal similarities the earlier
    /// anchor, so the order in which candidates come does not matter.
    static func mostSimilar(_ candidates: some Sequence<(anchor: Int, similarity: Double)>, threshold: Double) -> Int? {
        var best: (anchor: Int, similarity: Double)?
        for (anchor, similarity) in candidates where similarity >= threshold {
            if let held = best, similarity < held.similarity || (similarity == held.similarity && anchor > held.anchor) {
                continue
            }
            best = (anchor, similarity)
        }
        return best?.anchor
    }

    /// The document joins the group of `anchor`.
    mutating func join(_ document: Int, to anchor: Int) {
        anchorOf[document] = Int32(anchor)
    }

    /// A new group, anchored at the document.
    mutating func found(_ document: Int) {
        anchorOf[document] = Int32(document)
        index.add(anchor: document)
    }

    /// "Same as" corrections: the question joins the other's group, whatever its words.
    mutating func applySameAs(_ corrections: GroupCorrections) {
        for (code, other) in corrections.sameAs.sorted(by: { $0.key < $1.key }) {
            guard let document = indexOfCode[code], let target = indexOfCode[other], anchorOf[target] >= 0 else { continue }
            anchorOf[document] = anchorOf[target]
        }
    }

    /// Where every document ended up: its group, the group's representative, and its
    /// similarity to that representative.
    func placement() -> GroupPlacement {
        let members = PackedRows(rowCount: space.count) { add in
            for (document, anchor) in anchorOf.enumerated() { add(Int(anchor), Int32(document)) }
        }
        var representative = [Int32](repeating: -1, count: space.count)
        var similarity = [Double](repeating: 1, count: space.count)
        for anchor in 0..<space.count where !members.range(anchor).isEmpty {
            let indices = members.row(anchor).map { Int($0) }
            let chosen = clearest(indices)
            representative[anchor] = Int32(chosen)
            for document in indices where document != chosen { similarity[document] = space.similarity(document, chosen) }
        }
        return GroupPlacement(members: members, representative: representative, similarity: similarity)
    }

    /// The clearest member: the first, which every member was found similar to, unless it
    /// was typed without diacritics; then the member with diacritics most similar to it.
    /// (Picking the longest member instead showed members far below the threshold to the
    /// representative shown: measured on UIT-ViCoV19QA, see BENCHMARKS.md.)
    func clearest(_ indices: [Int]) -> Int {
        let first = indices[0]
        guard space.unmarked[first] else { return first }
        let marked = indices.filter { !space.unmarked[$0] }
        return marked.max { a, b in
            let (x, y) = (space.similarity(first, a), space.similarity(first, b))
            return x != y ? x < y : a > b
        } ?? first
    }
}
