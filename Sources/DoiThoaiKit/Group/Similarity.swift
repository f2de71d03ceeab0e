import Foundation

/// How alike two questions are: the cosine of their syllable unigrams and bigrams, each
/// weighted by its rarity (IDF) across the campaign, so that "vay vốn khởi nghiệp" counts
/// for more than "thanh niên" or "tỉnh". 1 means the same words.
///
/// Features are integer ids from a `FeatureVocabulary`, kept sorted: a comparison is one
/// merge of two short arrays, and its sum never depends on hash order.
public struct Similarity: Sendable {
    private let inverseFrequency: [Double]

    /// Weights from the documents' feature ids (each document's ids unique).
    public init(documents: [[Int32]], vocabularySize: Int) {
        var frequency = [Int](repeating: 0, count: vocabularySize)
        for features in documents { for id in features { frequency[Int(id)] += 1 } }
        let count = Double(documents.count + 1)
        inverseFrequency = frequency.map { log(count / Double($0 + 1)) + 1 }
    }

    /// log((N + 1) / (df + 1)) + 1: never zero, highest for what few questions say.
    public func weight(_ id: Int32) -> Double { inverseFrequency[Int(id)] }

    public func weighted(_ ids: [Int32]) -> WeightedFeatures {
        WeightedFeatures(ids: ids, weights: ids.map(weight))
    }

    /// Cosine of the IDF-weighted feature sets, in 0...1.
    public func between(_ a: WeightedFeatures, _ b: WeightedFeatures) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var (i, j, dot) = (0, 0, 0.0)
        while i < a.ids.count && j < b.ids.count {
            if a.ids[i] == b.ids[j] {
                dot += a.weights[i] * b.weights[j]
                i += 1
                j += 1
            } else if a.ids[i] < b.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, dot / (a.norm * b.norm))
    }
}

/// A question's feature ids in ascending order with their weights, and the vector's length.
public struct WeightedFeatures: Sendable {
    public let ids: [Int32]
    public let weights: [Double]
    public let norm: Double

    init(ids: [Int32], weights: [Double]) {
        self.ids = ids
        self.weights = weights
        norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
    }
}

/// Gives every syllable and every pair of adjacent syllables an integer id, so features
/// are compared and indexed as numbers, without building a string per bigram.
public struct FeatureVocabulary: Sendable {
    private var syllableIDs: [String: Int32] = [:]
    private var pairIDs: [Int64: Int32] = [:]
    public private(set) var count = 0

    public init() {}

    /// The sorted, unique ids of a syllable sequence's unigrams and bigrams.
    public mutating func features(_ syllables: [String]) -> [Int32] {
        var unigrams: [Int32] = []
        unigrams.reserveCapacity(syllables.count)
        for syllable in syllables { unigrams.append(id(syllable)) }
        var ids = unigrams
        for index in unigrams.indices.dropLast() {
            ids.append(pairID(unigrams[index], unigrams[index + 1]))
        }
        return Array(Set(ids)).sorted()
    }

    private mutating func id(_ syllable: String) -> Int32 {
        if let id = syllableIDs[syllable] { return id }
        let id = nextID()
        syllableIDs[syllable] = id
        return id
    }

    private mutating func pairID(_ a: Int32, _ b: Int32) -> Int32 {
        let key = Int64(a) << 32 | Int64(b)
        if let id = pairIDs[key] { return id }
        let id = nextID()
        pairIDs[key] = id
        return id
    }

    private mutating func nextID() -> Int32 {
        count += 1
        return Int32(count - 1)
    }
}
