/// A question as the grouper sees it: its canonical syllables and their features.
struct MatchDocument: Sendable {
    let code: String
    let text: String
    let unitName: String
    let unmarked: Bool
    let length: Int
    let marked: Set<String>
    let folded: Set<String>

    init(_ question: Question) {
        code = question.code
        text = question.text
        unitName = question.unitName
        let canonical = CanonicalText(question.text)
        unmarked = canonical.unmarked
        length = canonical.syllables.count
        marked = Similarity.features(canonical.syllables)
        folded = Similarity.features(canonical.folded)
    }
}

/// The campaign's documents with their weighted features, and the index of rare bigrams
/// that finds candidates.
struct MatchSpace: Sendable {
    let documents: [MatchDocument]
    let markedSimilarity: Similarity
    let foldedSimilarity: Similarity
    let markedVectors: [WeightedFeatures]
    let foldedVectors: [WeightedFeatures]
    /// Folded features common enough to be useless for finding candidates.
    let commonFeatures: Set<String>

    init(_ documents: [MatchDocument]) {
        self.documents = documents
        let marked = Similarity(corpus: documents.map(\.marked))
        let folded = Similarity(corpus: documents.map(\.folded))
        markedSimilarity = marked
        foldedSimilarity = folded
        markedVectors = documents.map { marked.weighted($0.marked) }
        foldedVectors = documents.map { folded.weighted($0.folded) }
        commonFeatures = Self.common(documents)
    }

    /// Features in more than 2% of the questions (and at least 50): "thanh niên", "tỉnh".
    static func common(_ documents: [MatchDocument]) -> Set<String> {
        let limit = max(50, documents.count / 50)
        var frequency: [String: Int] = [:]
        for document in documents { for feature in document.folded { frequency[feature, default: 0] += 1 } }
        return Set(frequency.filter { $0.value > limit }.keys)
    }

    /// How alike two documents are: on marked syllables when both carry diacritics, on
    /// folded ones when either was typed without (then that is all there is to compare).
    func similarity(_ a: Int, _ b: Int) -> Double {
        if documents[a].unmarked || documents[b].unmarked {
            return foldedSimilarity.between(foldedVectors[a], foldedVectors[b])
        }
        return markedSimilarity.between(markedVectors[a], markedVectors[b])
    }

    /// The features by which a document is indexed and looked up.
    func keys(_ index: Int) -> [String] {
        documents[index].folded.filter { !commonFeatures.contains($0) }.sorted()
    }
}
