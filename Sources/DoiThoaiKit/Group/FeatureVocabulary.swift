/// Gives every syllable and every pair of adjacent syllables an integer feature id, so
/// features are compared and indexed as numbers, never as strings.
struct FeatureVocabulary: Sendable {
    /// Feature id of each syllable id, -1 until seen.
    private var unigramIDs: [Int32] = []
    private var pairIDs: [Int64: Int32] = [:]
    private(set) var count = 0

    /// The feature id of a syllable, and whether it is new.
    mutating func unigram(_ syllable: Int32) -> (id: Int32, isNew: Bool) {
        let index = Int(syllable)
        if index >= unigramIDs.count { unigramIDs += repeatElement(-1, count: index + 1 - unigramIDs.count) }
        if unigramIDs[index] >= 0 { return (unigramIDs[index], false) }
        unigramIDs[index] = nextID()
        return (unigramIDs[index], true)
    }

    /// The feature id of two adjacent syllables, and whether it is new.
    mutating func pair(_ a: Int32, _ b: Int32) -> (id: Int32, isNew: Bool) {
        let key = Int64(a) << 32 | Int64(b)
        if let id = pairIDs[key] { return (id, false) }
        let id = nextID()
        pairIDs[key] = id
        return (id, true)
    }

    private mutating func nextID() -> Int32 {
        count += 1
        return Int32(count - 1)
    }
}

/// The features of canonical syllables (with tones), and for each the feature its folded
/// syllables make: a question's folded features are worked out from its marked ones when
/// needed, instead of being stored beside them (half the memory at a million questions).
struct MatchVocabulary: Sendable {
    private var marked = FeatureVocabulary()
    private var folded = FeatureVocabulary()
    /// Folded feature id of each marked feature id.
    private(set) var foldedOf: [Int32] = []
    /// One document's features while they are gathered (kept to spare an allocation each).
    private var scratch: [Int32] = []

    var markedCount: Int { marked.count }
    var foldedCount: Int { folded.count }

    /// Appends the marked features of `syllables` to `rows` in order of use, repeats and all
    /// (`MatchSpace` sorts them on every core). The syllables were read by a canonicaliser of
    /// their own, whose ids `sharedIDs` makes shared (`SyllableReaders`).
    mutating func appendFeatures(of syllables: CanonicalSyllables, sharedIDs: [Int32], to rows: inout PackedRows) {
        scratch.removeAll(keepingCapacity: true)
        let (canonical, folded) = (syllables.canonical, syllables.folded)
        for index in canonical.indices {
            let (id, isNew) = marked.unigram(sharedIDs[Int(canonical[index])])
            if isNew { foldedOf.append(self.folded.unigram(sharedIDs[Int(folded[index])]).id) }
            scratch.append(id)
        }
        for index in canonical.indices.dropLast() {
            let (id, isNew) = marked.pair(sharedIDs[Int(canonical[index])], sharedIDs[Int(canonical[index + 1])])
            if isNew {
                foldedOf.append(self.folded.pair(sharedIDs[Int(folded[index])], sharedIDs[Int(folded[index + 1])]).id)
            }
            scratch.append(id)
        }
        rows.appendRow(scratch[...])
    }
}

extension Array where Element: Equatable {
    /// Drops the repeats of a sorted array in place, and returns what is left.
    mutating func uniquingSorted() -> ArraySlice<Element> {
        guard !isEmpty else { return self[...] }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        return self[..<kept]
    }
}
