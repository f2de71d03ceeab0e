import Foundation

/// How alike two questions are: the cosine of their syllable unigrams and bigrams, each
/// weighted by its rarity (IDF) across the campaign, so that "vay vốn khởi nghiệp" counts
/// for more than "thanh niên" or "tỉnh". 1 means the same words.
///
/// Rows are sorted feature ids: a comparison is one merge of two short runs, and its sum
/// never depends on hash order.
struct FeatureWeights: Sendable {
    /// Documents each feature occurs in.
    let frequency: [Int32]
    private let weights: [Double]
    private let norms: [Double]

    /// Weights of the features of `count` documents, whose rows `row` gives; the norms
    /// worked out on the jobs' workers (each document's sum in its own order, so the same
    /// on any).
    init(documents count: Int, vocabularySize: Int, jobs: ParallelJobs = ParallelJobs(workers: 1),
         row: (Int) -> ArraySlice<Int32>) {
        var frequency = [Int32](repeating: 0, count: vocabularySize)
        for document in 0..<count { for id in row(document) { frequency[Int(id)] += 1 } }
        self.frequency = frequency
        let total = Double(count + 1)
        // log((N + 1) / (df + 1)) + 1: never zero, highest for what few questions say.
        let weights = frequency.map { log(total / Double($0 + 1)) + 1 }
        self.weights = weights
        norms = jobs.mapRanges(count, size: 16_384) { documents in
            documents.map { document in sqrt(row(document).reduce(0.0) { $0 + weights[Int($1)] * weights[Int($1)] }) }
        }
    }

    func weight(_ id: Int32) -> Double { weights[Int(id)] }

    /// Asks for the document's norm to be brought in before a `cosine`.
    func prefetchNorm(_ document: Int) { norms.prefetch(document) }

    /// Cosine of documents `a` and `b`, whose rows are `x` and `y`, in 0...1.
    func cosine(_ a: Int, _ x: ArraySlice<Int32>, _ b: Int, _ y: ArraySlice<Int32>) -> Double {
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        var (i, j, dot) = (x.startIndex, y.startIndex, 0.0)
        while i < x.endIndex && j < y.endIndex {
            if x[i] == y[j] {
                dot += weights[Int(x[i])] * weights[Int(y[j])]
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, dot / (norms[a] * norms[b]))
    }
}
