import Foundation

/// How alike two questions are: the cosine of their syllable unigrams and bigrams, each
/// weighted by its rarity (IDF) across the campaign, so that "vay vốn khởi nghiệp" counts
/// for more than "thanh niên" or "tỉnh". 1 means the same words.
public struct Similarity: Sendable {
    /// Document frequency of each feature.
    private let documentFrequency: [String: Int]
    private let documents: Int

    public init<S: Sequence>(corpus: S) where S.Element == Set<String> {
        var frequency: [String: Int] = [:]
        var count = 0
        for features in corpus {
            count += 1
            for feature in features { frequency[feature, default: 0] += 1 }
        }
        documentFrequency = frequency
        documents = count
    }

    /// log((N + 1) / (df + 1)) + 1: never zero, highest for what few questions say.
    public func weight(_ feature: String) -> Double {
        log(Double(documents + 1) / Double((documentFrequency[feature] ?? 0) + 1)) + 1
    }

    /// Cosine of the IDF-weighted feature sets, in 0...1. The features are merged in sorted
    /// order, so the sum, and the decision at the threshold, never depend on hash order.
    public func between(_ a: WeightedFeatures, _ b: WeightedFeatures) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var (i, j, dot) = (0, 0, 0.0)
        while i < a.features.count && j < b.features.count {
            if a.features[i] == b.features[j] {
                dot += a.weights[i] * b.weights[j]
                i += 1
                j += 1
            } else if a.features[i] < b.features[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, dot / (a.norm * b.norm))
    }

    public func weighted(_ features: Set<String>) -> WeightedFeatures {
        let sorted = features.sorted()
        return WeightedFeatures(features: sorted, weights: sorted.map(weight))
    }

    /// Unigrams and bigrams of a syllable sequence.
    public static func features(_ syllables: [String]) -> Set<String> {
        var features = Set(syllables)
        for index in syllables.indices.dropLast() {
            features.insert(syllables[index] + " " + syllables[index + 1])
        }
        return features
    }
}

/// A question's features in sorted order with their weights, and the vector's length.
public struct WeightedFeatures: Sendable {
    public let features: [String]
    public let weights: [Double]
    public let norm: Double

    init(features: [String], weights: [Double]) {
        self.features = features
        self.weights = weights
        norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
    }
}
