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

    /// Canonicalises and weighs the questions, in the order given, on the jobs' workers:
    /// `roundSize` questions at a time are read side by side, numbered one after another
    /// (feature ids by first use, as one pass would give them) while the next round is read,
    /// then sorted side by side; only two rounds' syllables are held at once.
    init(_ questions: [Question], jobs: ParallelJobs = .perCore(), roundSize: Int = 32_768) {
        self.questions = questions
        var readers = SyllableReaders(count: 2 * jobs.workers)
        var vocabulary = MatchVocabulary()
        var rows = PackedRows(), foldedRows = PackedRows()
        var unmarked: [Bool] = []
        unmarked.reserveCapacity(questions.count)
        var read: [[CanonicalSyllables]] = [], sharedIDs: [[Int32]] = []
        // One step more than rounds: the last numbers the last round, reading nothing.
        for start in Array(stride(from: 0, to: questions.count, by: max(1, roundSize))) + [questions.count] {
            var used = PackedRows()
            let round = questions[start..<(start + min(max(1, roundSize), questions.count - start))]
            let next = readers.read(round, jobs: jobs) {
                for (reader, part) in read.enumerated() {
                    for syllables in part {
                        unmarked.append(syllables.unmarked)
                        vocabulary.appendFeatures(of: syllables, sharedIDs: sharedIDs[reader], to: &used)
                    }
                }
            }
            let sorted = Self.sortedRows(used, foldedOf: vocabulary.foldedOf, jobs: jobs)
            rows.appendRows(of: sorted.marked)
            foldedRows.appendRows(of: sorted.folded)
            (read, sharedIDs) = (next, readers.sharedIDs)
        }
        self.unmarked = unmarked
        self.rows = rows
        self.foldedRows = foldedRows
        marked = FeatureWeights(documents: questions.count, vocabularySize: vocabulary.markedCount, jobs: jobs) { rows.row($0) }
        folded = FeatureWeights(documents: questions.count, vocabularySize: vocabulary.foldedCount, jobs: jobs) {
            foldedRows.row($0)
        }
    }

    /// Each row of feature ids sorted without repeats, and its folded features likewise, side
    /// by side in chunks.
    static func sortedRows(_ used: PackedRows, foldedOf: [Int32], jobs: ParallelJobs) -> (marked: PackedRows, folded: PackedRows) {
        let pieces = jobs.mapRanges(used.count, size: 4_096) { documents in
            var marked = PackedRows(), folded = PackedRows()
            var ids: [Int32] = [], foldedIDs: [Int32] = []
            for index in documents {
                ids.removeAll(keepingCapacity: true)
                ids.append(contentsOf: used.row(index))
                ids.sort()
                let row = ids.uniquingSorted()
                marked.appendRow(row)
                foldedIDs.removeAll(keepingCapacity: true)
                for id in row { foldedIDs.append(foldedOf[Int(id)]) }
                foldedIDs.sort()
                folded.appendRow(foldedIDs.uniquingSorted())
            }
            return [(marked: marked, folded: folded)]
        }
        var marked = PackedRows(), folded = PackedRows()
        for piece in pieces {
            marked.appendRows(of: piece.marked)
            folded.appendRows(of: piece.folded)
        }
        return (marked, folded)
    }

    var count: Int { questions.count }

    func code(_ index: Int) -> String { questions[index].code }

    /// A question's folded features, sorted: worked out from its marked ones.
    func foldedRow(_ index: Int) -> ArraySlice<Int32> { foldedRows.row(index) }

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
