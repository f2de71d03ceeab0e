import Foundation

/// A topic classifier learnt at run time from the campaign's own labelled questions
/// (`input/training/*.csv`, and staff's topic corrections): multinomial logistic
/// regression over `TextFeatures`, trained with AdaGrad. Nothing is downloaded; a few
/// thousand questions train in well under a second (BENCHMARKS.md, `make eval`).
///
/// Logistic regression rather than Naive Bayes: its probabilities are usable as a
/// confidence for the review queue, and each feature's weight says which words decided.
public struct TopicModel: Sendable {
    public struct Example: Sendable {
        public var text: String
        public var topic: String
        public init(text: String, topic: String) {
            self.text = text
            self.topic = topic
        }
    }

    /// A prediction: probability per topic (summing to 1), and the words that weighed most.
    public struct Prediction: Sendable {
        public var probabilities: [String: Double]
        public var evidence: [String]
    }

    /// The topics the model can answer, those seen in training, in first-seen order.
    public let topics: [String]
    private let columns: [String: Int]
    private let names: [String]
    /// Weight of feature `f` for topic `t` at `f * topics.count + t`.
    private let weights: [Float]
    private let bias: [Float]

    /// Chosen on UIT-VSFC dev (`make eval`): more passes over the data fit the training
    /// sentences better and the dev ones worse (12 passes: weighted F1 0.862, 30: 0.857).
    static let epochs = 5
    static let learningRate: Float = 0.3

    /// Learns from `examples`; the order of examples does not change the model (they are
    /// taken in a fixed pseudo-random order of their own).
    public init(examples: [Example]) {
        var topics: [String] = []
        var topicIndex: [String: Int] = [:]
        var columns: [String: Int] = [:]
        var names: [String] = []
        var reader = TextFeatures()
        let sorted = examples.sorted { ($0.topic, $0.text) < ($1.topic, $1.text) }
        let encoded: [(features: [Int], topic: Int)] = sorted.map { example in
            let topic = topicIndex[example.topic] ?? {
                topicIndex[example.topic] = topics.count
                topics.append(example.topic)
                return topics.count - 1
            }()
            let features = reader.names(of: example.text).map { name in
                columns[name] ?? {
                    columns[name] = names.count
                    names.append(name)
                    return names.count - 1
                }()
            }
            return (features, topic)
        }
        self.topics = topics
        self.columns = columns
        self.names = names
        (weights, bias) = Self.train(encoded, featureCount: names.count, topicCount: topics.count)
    }

    /// AdaGrad on the cross-entropy; each text's features scaled to unit length.
    static func train(_ data: [(features: [Int], topic: Int)], featureCount: Int, topicCount: Int) -> ([Float], [Float]) {
        var weights = [Float](repeating: 0, count: featureCount * topicCount)
        var squares = [Float](repeating: 1e-6, count: featureCount * topicCount)
        var bias = [Float](repeating: 0, count: topicCount), biasSquares = [Float](repeating: 1e-6, count: topicCount)
        var order = Array(data.indices)
        var generator = SeededGenerator(seed: 0x5EED)
        var gradient = [Float](repeating: 0, count: topicCount)
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            for index in order {
                let (features, topic) = data[index]
                let value = 1 / Float(max(1, features.count)).squareRoot()
                let probabilities = softmax(scores(features, value: value, weights, bias, topicCount))
                for t in 0..<topicCount { gradient[t] = probabilities[t] - (t == topic ? 1 : 0) }
                for t in 0..<topicCount {
                    biasSquares[t] += gradient[t] * gradient[t]
                    bias[t] -= learningRate * gradient[t] / biasSquares[t].squareRoot()
                }
                for feature in features {
                    for t in 0..<topicCount {
                        let slot = feature * topicCount + t, g = gradient[t] * value
                        squares[slot] += g * g
                        weights[slot] -= learningRate * g / squares[slot].squareRoot()
                    }
                }
            }
        }
        return (weights, bias)
    }

    static func scores(_ features: [Int], value: Float, _ weights: [Float], _ bias: [Float], _ topicCount: Int) -> [Float] {
        var scores = bias
        for feature in features {
            for t in 0..<topicCount { scores[t] += weights[feature * topicCount + t] * value }
        }
        return scores
    }

    static func softmax(_ scores: [Float]) -> [Float] {
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    public func predict(_ text: String) -> Prediction { predict([text])[0] }

    /// Predictions for many texts, reading them with one shared word table.
    public func predict(_ texts: [String]) -> [Prediction] {
        var reader = TextFeatures()
        return texts.map { predict($0, reader.names(of: $0).compactMap { columns[$0] }) }
    }

    private func predict(_ text: String, _ features: [Int]) -> Prediction {
        let value = 1 / Float(max(1, features.count)).squareRoot()
        let probabilities = Self.softmax(Self.scores(features, value: value, weights, bias, topics.count))
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        let decisive = features.filter { weights[$0 * topics.count + best] > 0 }
            .sorted { weights[$0 * topics.count + best] > weights[$1 * topics.count + best] }
            .prefix(3).map { names[$0] }
        return Prediction(probabilities: Dictionary(uniqueKeysWithValues: zip(topics, probabilities.map(Double.init))),
                          evidence: TextFeatures.spelled(decisive, in: text).uniqued())
    }
}

/// A small deterministic generator (SplitMix64): training must give the same model on
/// every machine and every night.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
