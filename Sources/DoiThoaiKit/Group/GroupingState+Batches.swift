/// A question's look-up made side by side with the others of its batch, against the anchors
/// founded before the batch began.
struct EarlyLookUp {
    /// The question's keys visited, rarest first, within the budget.
    let keys: [Int32]
    /// False for a question with an earlier group or a "not a duplicate" correction: only its
    /// keys are worked out early, and it is placed as one after another would place it.
    let plain: Bool
    /// Whether an anchor founded before the batch has exactly the question's text.
    let textFound: Bool
    /// The best candidates among the anchors founded before the batch, best first.
    let candidates: [Candidate]
}

/// A candidate anchor with its look-up score and its similarity to the question.
struct Candidate {
    let anchor: Int
    let score: Double
    let similarity: Double
}

extension GroupingState {
    /// Places documents `batch`, in code order, exactly as `place` one after another would,
    /// with most of the work on every core: first each question is looked up side by side
    /// against the anchors founded before the batch (keys, scores, best candidates and their
    /// similarities: what one question after another spent most of its time on), then one
    /// after another each adds the anchors founded within the batch before it and is placed.
    mutating func place(batch: Range<Int>, existing: [String: String], grouper: NearDuplicateGrouper, jobs: ParallelJobs) {
        // Each question's earlier group, looked up once for both uses below.
        let earlier: [String?] = existing.isEmpty ? Array(repeating: nil, count: batch.count) : batch.map { existing[space.code($0)] }
        let plain = zip(batch, earlier).map { isPlain($0, earlierGroup: $1, corrections: grouper.corrections) }
        index.beginBatch()
        guard plain.contains(true) else {
            // A rerun's batch: every question has an earlier group, which nearly always still
            // holds, so nothing is looked up early. Counting every key of every question here,
            // for look-ups then thrown away, made a rerun's group stage at 1M slower than one
            // after another; `place` counts the keys before a question only if it looks it up.
            for (document, group) in zip(batch, earlier) { place(document, existing: group, grouper: grouper) }
            return
        }
        let counts = index.countKeys(of: batch)
        let lookUps = earlyLookUps(batch, counts: counts, plain: plain, jobs: jobs)
        for (offset, lookUp) in lookUps.enumerated() {
            let document = batch.lowerBound + offset
            if lookUp.plain {
                placeLookedUp(document, lookUp, threshold: grouper.threshold)
            } else {
                place(document, existing: earlier[offset], grouper: grouper, keys: lookUp.keys)
            }
        }
    }

    /// The look-ups of the batch's documents, side by side on the jobs' workers. Not mutating,
    /// and the state is never copied for a worker: a copy of the state per look-up retained
    /// and released its dozens of arrays, whose counts two cores then fought over.
    func earlyLookUps(_ batch: Range<Int>, counts: KeyCountRows, plain: [Bool], jobs: ParallelJobs) -> [EarlyLookUp] {
        jobs.mapRanges(batch.count, size: max(1, batch.count / (4 * jobs.workers))) { chunk in
            var scratch = AnchorScores(expected: index.visitBudget + 1)
            return chunk.map { offset in
                earlyLookUp(batch.lowerBound + offset, counts: counts.row(offset), plain: plain[offset], scratch: &scratch)
            }
        }
    }

    /// Neither an earlier group nor a "not a duplicate" correction names the document.
    func isPlain(_ document: Int, earlierGroup: String?, corrections: GroupCorrections) -> Bool {
        earlierGroup == nil && (corrections.notDuplicateOf.isEmpty || corrections.notDuplicateOf[space.code(document)] == nil)
    }

    /// The look-up of a document against the anchors in the index now; read-only, so the
    /// documents of a batch are looked up side by side.
    func earlyLookUp(_ document: Int, counts: ArraySlice<KeyCount>, plain: Bool, scratch: inout AnchorScores) -> EarlyLookUp {
        let keys = index.visitedKeys(counts)
        guard plain else { return EarlyLookUp(keys: keys, plain: false, textFound: false, candidates: []) }
        let scored = index.candidates(for: document, visiting: keys, scratch: &scratch)
        space.prefetch(scored.map(\.item), toCompareWith: document)
        let candidates = scored.map { Candidate(anchor: $0.item, score: $0.score, similarity: space.similarity(document, $0.item)) }
        return EarlyLookUp(keys: keys, plain: true, textFound: index.hasAnchor(withTextOf: document), candidates: candidates)
    }

    /// Places a document looked up early: its candidates are the best `candidateLimit` of the
    /// early ones and of the anchors founded within the batch before it, ranked together as one
    /// look-up would rank them (an early candidate that these push out is not compared, as
    /// it would not have been).
    mutating func placeLookedUp(_ document: Int, _ lookUp: EarlyLookUp, threshold: Double) {
        let recent = index.recentCandidates(for: document, visiting: lookUp.keys, textFoundBefore: lookUp.textFound,
                                            scratch: &scores)
        let candidates = recent.isEmpty ? lookUp.candidates : merged(lookUp.candidates, recent, document)
        if let anchor = Self.mostSimilar(candidates.lazy.map { ($0.anchor, $0.similarity) }, threshold: threshold) {
            join(document, to: anchor)
        } else {
            found(document)
        }
    }

    /// The best `candidateLimit` of the early and the recent candidates, each with its similarity.
    func merged(_ early: [Candidate], _ recent: [TopScores.Scored], _ document: Int) -> [Candidate] {
        var best = TopScores(limit: CandidateIndex.candidateLimit)
        for candidate in early { best.offer(candidate.anchor, candidate.score) }
        for (anchor, score) in recent { best.offer(anchor, score) }
        return best.rankedWithScores().map { anchor, score in
            early.first { $0.anchor == anchor }
                ?? Candidate(anchor: anchor, score: score, similarity: space.similarity(document, anchor))
        }
    }
}
