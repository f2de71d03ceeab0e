/// The grouper's work in progress: which group each document is in, and the index from
/// rare features to group anchors.
struct GroupingState {
    let space: MatchSpace
    /// Group of each document, as the anchor's document index.
    private(set) var anchorOf: [Int?]
    private var anchorsByKey: [Int32: [Int]] = [:]
    private let indexOfCode: [String: Int]

    init(space: MatchSpace) {
        self.space = space
        anchorOf = Array(repeating: nil, count: space.documents.count)
        indexOfCode = Dictionary(space.documents.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Puts document `index` in its earlier group when that still holds, else in the most
    /// similar candidate group at or above the threshold, else in a new group of its own.
    mutating func place(_ index: Int, existing: String?, grouper: NearDuplicateGrouper) {
        let code = space.documents[index].code
        let forbidden = grouper.corrections.notDuplicateOf[code, default: []].compactMap { indexOfCode[$0] }
            .compactMap { anchorOf[$0] }
        if existing == code {
            found(index)  // the anchor of a group given on an earlier night
            return
        }
        if let existing, let anchor = indexOfCode[existing], anchor < index, anchorOf[anchor] == anchor,
           !forbidden.contains(anchor) {
            anchorOf[index] = anchor
            return
        }
        if let (anchor, _) = bestAnchor(for: index, threshold: grouper.threshold, excluding: Set(forbidden)) {
            anchorOf[index] = anchor
        } else {
            found(index)
        }
    }

    /// The candidate anchor most similar to the document, if any reaches the threshold.
    func bestAnchor(for index: Int, threshold: Double, excluding: Set<Int>) -> (Int, Double)? {
        var shared: [Int: Double] = [:]
        for key in space.keys(index) {
            let weight = space.foldedSimilarity.weight(key)
            for anchor in anchorsByKey[key] ?? [] where !excluding.contains(anchor) { shared[anchor, default: 0] += weight }
        }
        let candidates = shared.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .prefix(NearDuplicateGrouper.candidateLimit)
        var best: (Int, Double)?
        for (anchor, _) in candidates {
            let similarity = space.similarity(index, anchor)
            if similarity >= threshold, similarity > (best?.1 ?? -1) || (similarity == best?.1 && anchor < best!.0) {
                best = (anchor, similarity)
            }
        }
        return best
    }

    /// A new group, anchored at the document, findable by its rare features.
    private mutating func found(_ index: Int) {
        anchorOf[index] = index
        for key in space.keys(index) { anchorsByKey[key, default: []].append(index) }
    }

    /// "Same as" corrections: the question joins the other's group, whatever its words.
    mutating func applySameAs(_ corrections: GroupCorrections) {
        for (code, other) in corrections.sameAs.sorted(by: { $0.key < $1.key }) {
            guard let index = indexOfCode[code], let target = indexOfCode[other], let anchor = anchorOf[target] else { continue }
            anchorOf[index] = anchor
        }
    }

    /// The groups, each with its members in code order, its clearest member as
    /// representative, and each member's similarity to that representative.
    func groups() -> [QuestionGroup] {
        var members: [Int: [Int]] = [:]
        for (index, anchor) in anchorOf.enumerated() { members[anchor ?? index, default: []].append(index) }
        return members.keys.sorted().map { anchor in
            let indices = members[anchor]!.sorted()
            let representative = clearest(indices)
            return QuestionGroup(
                code: space.documents[indices[0]].code, representative: space.documents[representative].code,
                members: indices.map { space.documents[$0].code },
                units: indices.map { space.documents[$0].unitName }.uniqued(),
                similarities: Dictionary(uniqueKeysWithValues: indices.map {
                    (space.documents[$0].code, $0 == representative ? 1 : space.similarity($0, representative))
                }))
        }
    }

    /// The clearest member: the anchor, which every member was found similar to, unless it
    /// was typed without diacritics; then the member with diacritics most similar to it.
    /// (Picking the longest member instead showed members far below the threshold to the
    /// representative shown: measured on UIT-ViCoV19QA, see BENCHMARKS.md.)
    func clearest(_ indices: [Int]) -> Int {
        let anchor = indices[0]
        guard space.documents[anchor].unmarked else { return anchor }
        let marked = indices.filter { !space.documents[$0].unmarked }
        return marked.max { a, b in
            let (x, y) = (space.similarity(anchor, a), space.similarity(anchor, b))
            return x != y ? x < y : a > b
        } ?? anchor
    }
}
