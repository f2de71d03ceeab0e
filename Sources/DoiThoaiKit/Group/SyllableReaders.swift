/// Canonicalises questions on every core, and numbers their syllables as one canonicaliser
/// reading them all in order would: two ids are equal exactly when the syllables are (the
/// order in which ids are given does not matter to the features, which are numbered by
/// first use).
///
/// Each part of a round of questions is read by a `Canonicaliser` of its own, kept from round
/// to round so that each works out a distinct word once; then each of its new syllables is
/// given the shared id of that syllable's text.
struct SyllableReaders {
    private let readers: [Reader]
    /// By reader: the shared id of each of its canonicaliser's syllable ids.
    private(set) var sharedIDs: [[Int32]]
    private var sharedIDOfName: [String: Int32] = [:]

    /// One canonicaliser, only ever used by the one job of a round that reads its part.
    private final class Reader: @unchecked Sendable {
        var canonicaliser = Canonicaliser()
    }

    /// `count` readers: a round is read in as many parts, side by side.
    init(count: Int) {
        readers = (0..<max(1, count)).map { _ in Reader() }
        sharedIDs = Array(repeating: [], count: readers.count)
    }

    /// The syllables of `questions` in order, in parts, one part per reader: part `i` was read
    /// by reader `i`, and its ids are made shared by `sharedIDs[i]`. `alongside` runs as one
    /// more job beside the reading (it must not touch the readers).
    mutating func read(_ questions: ArraySlice<Question>, jobs: ParallelJobs,
                       alongside: () -> Void = {}) -> [[CanonicalSyllables]] {
        let size = (questions.count + readers.count - 1) / readers.count
        // Job 0, started first, runs `alongside`; job i reads part i - 1.
        let parts = jobs.mapRanges(readers.count + 1, size: 1) { job -> [[CanonicalSyllables]] in
            let reader = job.lowerBound - 1
            guard reader >= 0 else {
                alongside()
                return []
            }
            let start = questions.startIndex + min(questions.count, reader * size)
            let end = questions.startIndex + min(questions.count, (reader + 1) * size)
            return [questions[start..<end].map { readers[reader].canonicaliser.syllables(of: $0.text) }]
        }
        for reader in readers.indices { shareNewSyllables(of: reader) }
        return parts
    }

    /// Gives a shared id to every syllable the reader has learnt since it was last asked.
    private mutating func shareNewSyllables(of reader: Int) {
        let names = readers[reader].canonicaliser.table.names
        for name in names[sharedIDs[reader].count...] {
            if let id = sharedIDOfName[name] {
                sharedIDs[reader].append(id)
            } else {
                let id = Int32(sharedIDOfName.count)
                sharedIDOfName[name] = id
                sharedIDs[reader].append(id)
            }
        }
    }
}
