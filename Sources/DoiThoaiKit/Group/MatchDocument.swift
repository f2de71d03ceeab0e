/// A question as the grouper sees it: its feature ids, marked and folded.
struct MatchDocument: Sendable {
    let code: String
    let unitName: String
    let unmarked: Bool
    let length: Int
    let marked: [Int32]
    let folded: [Int32]
}

/// The campaign's documents with their weighted features, and what makes a feature too
/// common to find candidates by.
struct MatchSpace: Sendable {
    let documents: [MatchDocument]
    let markedSimilarity: Similarity
    let foldedSimilarity: Similarity
    let markedVectors: [WeightedFeatures]
    let foldedVectors: [WeightedFeatures]
    /// Folded feature ids in more than 2% of the questions (and at least 50): "thanh niên", "tỉnh".
    let commonFeatures: Set<Int32>

    /// Canonicalises and indexes the questions, in the order given.
    init(_ questions: [Question]) {
        var table = SyllableTable()
        var markedVocabulary = FeatureVocabulary()
        var foldedVocabulary = FeatureVocabulary()
        let documents = questions.map { question in
            let canonical = CanonicalText(question.text, table: &table)
            return MatchDocument(
                code: question.code, unitName: question.unitName, unmarked: canonical.unmarked,
                length: canonical.syllables.count, marked: markedVocabulary.features(canonical.syllables),
                folded: foldedVocabulary.features(canonical.folded))
        }
        self.documents = documents
        let marked = Similarity(documents: documents.map(\.marked), vocabularySize: markedVocabulary.count)
        let folded = Similarity(documents: documents.map(\.folded), vocabularySize: foldedVocabulary.count)
        markedSimilarity = marked
        foldedSimilarity = folded
        markedVectors = documents.map { marked.weighted($0.marked) }
        foldedVectors = documents.map { folded.weighted($0.folded) }
        commonFeatures = Self.common(documents, vocabularySize: foldedVocabulary.count)
    }

    static func common(_ documents: [MatchDocument], vocabularySize: Int) -> Set<Int32> {
        let limit = max(50, documents.count / 50)
        var frequency = [Int](repeating: 0, count: vocabularySize)
        for document in documents { for id in document.folded { frequency[Int(id)] += 1 } }
        return Set(frequency.indices.filter { frequency[$0] > limit }.map { Int32($0) })
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
    func keys(_ index: Int) -> [Int32] {
        documents[index].folded.filter { !commonFeatures.contains($0) }
    }
}
