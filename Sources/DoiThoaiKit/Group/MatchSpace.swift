/// The campaign's questions as the grouper sees them: canonical syllables made into
/// weighted features, marked (with tones) and folded (without any diacritic).
struct MatchSpace: Sendable {
    /// The questions, in the order given (the grouper gives them in code order).
    let questions: [Question]
    /// Typed without any diacritic: compared on folded features only.
    let unmarked: [Bool]
    /// Each question's marked features, sorted.
    let rows: PackedRows
    /// Each question's folded features, sorted: worked out once, as the grouper asks for
    /// them for every candidate look-up and comparison (perf, 100k questions: working them
    /// out again each time was about a fifth of the grouping stage's samples).
    private let foldedRows: PackedRows
    let marked: FeatureWeights
    let folded: FeatureWeights

    /// Canonicalises and weighs the questions, in the order given.
    init(_ questions: [Question]) {
        self.questions = questions
        var canonicaliser = Canonicaliser()
        var vocabulary = MatchVocabulary()
        var rows = PackedRows()
        var unmarked: [Bool] = []
        unmarked.reserveCapacity(questions.count)
        for question in questions {
            let syllables = canonicaliser.syllables(of: question.text)
            unmarked.append(syllables.unmarked)
            vocabulary.appendFeatures(of: syllables, to: &rows)
        }
        self.unmarked = unmarked
        self.rows = rows
        let foldedOf = vocabulary.foldedOf
        var foldedRows = PackedRows()
        for index in 0..<questions.count { foldedRows.appendRow(Self.folded(rows.row(index), foldedOf)) }
        self.foldedRows = foldedRows
        marked = FeatureWeights(documents: questions.count, vocabularySize: vocabulary.markedCount) { rows.row($0) }
        folded = FeatureWeights(documents: questions.count, vocabularySize: vocabulary.foldedCount) { foldedRows.row($0) }
    }

    var count: Int { questions.count }

    func code(_ index: Int) -> String { questions[index].code }

    /// A question's folded features, sorted: worked out from its marked ones.
    func foldedRow(_ index: Int) -> ArraySlice<Int32> { foldedRows.row(index) }

    static func folded(_ marked: ArraySlice<Int32>, _ foldedOf: [Int32]) -> ArraySlice<Int32> {
        var ids = marked.map { foldedOf[Int($0)] }
        ids.sort()
        return ids.uniquingSorted()
    }

    /// How alike two questions are: on marked syllables when both carry diacritics, on
    /// folded ones when either was typed without (then that is all there is to compare).
    func similarity(_ a: Int, _ b: Int) -> Double {
        unmarked[a] || unmarked[b]
            ? folded.cosine(a, foldedRow(a), b, foldedRow(b)) : marked.cosine(a, rows.row(a), b, rows.row(b))
    }

    /// Asks for everything `similarity(document, other)` reads of each of `others` to be
    /// brought in, all at once, before they are compared one by one: each candidate's row,
    /// norm, flag and start were so many cache misses in turn (perf: `similarity` was 38–40% of
    /// the group stage, most samples at the loads of the other's row). Group stage at 1M
    /// questions 64.3 → 56.5 CPU s; at 100k, where more rows stay in cache, no change beyond
    /// the noise. Two passes: where a row starts must arrive before the row can be asked for.
    func prefetch(_ others: [Int], toCompareWith document: Int) {
        for other in others {
            unmarked.prefetch(other)
            rows.prefetchStart(other)
            foldedRows.prefetchStart(other)
        }
        for other in others {
            if unmarked[document] || unmarked[other] {
                foldedRows.prefetchRow(other)
                folded.prefetchNorm(other)
            } else {
                rows.prefetchRow(other)
                marked.prefetchNorm(other)
            }
        }
    }

    /// Folded features in more than 2% of the questions (and at least 50), such as
    /// "thanh niên" or "tỉnh", find too many questions to be worth looking up.
    var keyFrequencyLimit: Int32 { Int32(max(50, count / 50)) }

    /// The folded features by which a question is indexed and looked up, rarest first.
    func keys(_ index: Int) -> [Int32] {
        let limit = keyFrequencyLimit
        return foldedRow(index).filter { folded.frequency[Int($0)] <= limit }.sorted {
            (folded.frequency[Int($0)], $0) < (folded.frequency[Int($1)], $1)
        }
    }
}
