import Foundation

/// A topic classifier learnt at run time from the campaign's own labelled questions
/// (`input/training/*.csv`, and staff's topic corrections): for each topic a linear support
/// vector machine (that topic against the others) over `TextFeatures`, and a softmax over
/// their margins for probabilities. Nothing is downloaded; ten thousand questions train in
/// about a second (BENCHMARKS.md, `make eval`).
///
/// A linear model, so each feature's weight says which words decided. SVMs rather than
/// logistic regression: on UIT-VSFC they make fewer mistakes, and the softmax over their
/// margins, its temperature fitted on held-out margins, is a better calibrated confidence
/// for the review queue than the regression's probabilities were (BENCHMARKS.md).
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
    private let weights: Weights
    /// Probabilities are the softmax of the margins times this.
    let temperature: Float

    typealias Encoded = [(features: [Int], topic: Int)]

    /// Weight of feature `f` for topic `t` at `values[f * topicCount + t]`.
    struct Weights: Sendable {
        var values: [Float]
        var bias: [Float]
        let topicCount: Int

        /// One margin per topic; each text's features scaled to unit length.
        func margins(_ features: [Int]) -> [Float] {
            let value = TopicModel.scale(features)
            var margins = bias
            for feature in features {
                for t in 0..<topicCount { margins[t] += values[feature * topicCount + t] * value }
            }
            return margins
        }
    }

    /// The SVMs' trade-off between fitting the examples and small weights (liblinear's
    /// default; 0.5 and 2 do about as well in cross-validation on UIT-VSFC train).
    static let cost: Float = 1
    /// Training stops when no example's (projected) gradient is further than this from
    /// another's (liblinear's criterion), or after `maxPasses` passes over the examples.
    static let tolerance: Float = 0.01
    static let maxPasses = 1000
    /// The temperature is fitted on the margins of each third of the examples, from SVMs
    /// trained on the other two thirds.
    static let folds = 3

    /// Learns from `examples`; the order of examples does not change the model (they are
    /// sorted, then visited in a fixed pseudo-random order of their own).
    public init(examples: [Example]) {
        var topics: [String] = []
        var topicIndex: [String: Int] = [:]
        var columns: [String: Int] = [:]
        var names: [String] = []
        var reader = TextFeatures()
        let sorted = examples.sorted { ($0.topic, $0.text) < ($1.topic, $1.text) }
        let encoded: Encoded = sorted.map { example in
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
        weights = Self.train(encoded, featureCount: names.count, topicCount: topics.count)
        temperature = Self.calibrate(encoded, featureCount: names.count, topicCount: topics.count)
    }

    static func scale(_ features: [Int]) -> Float { 1 / Float(max(1, features.count)).squareRoot() }

    /// For each topic, an SVM with the squared hinge loss and a bias (a feature of value 1 in
    /// every text), by dual coordinate descent (Hsieh et al., ICML 2008, as liblinear does).
    static func train(_ data: Encoded, featureCount: Int, topicCount: Int) -> Weights {
        var weights = Weights(values: [Float](repeating: 0, count: featureCount * topicCount),
                              bias: [Float](repeating: 0, count: topicCount), topicCount: topicCount)
        let diagonal = 1 / (2 * cost)
        var generator = SeededGenerator(seed: 0x5EED)
        var order = Array(data.indices)
        for t in 0..<topicCount {
            var w = [Float](repeating: 0, count: featureCount), b: Float = 0
            var alpha = [Float](repeating: 0, count: data.count)
            for _ in 0..<maxPasses {
                order.shuffle(using: &generator)
                var (highest, lowest) = (-Float.infinity, Float.infinity)
                for i in order {
                    let (features, topic) = data[i]
                    let value = scale(features), y: Float = topic == t ? 1 : -1
                    var margin = b
                    for feature in features { margin += w[feature] * value }
                    let gradient = y * margin - 1 + diagonal * alpha[i]
                    let projected = alpha[i] == 0 ? min(gradient, 0) : gradient
                    (highest, lowest) = (max(highest, projected), min(lowest, projected))
                    guard projected != 0 else { continue }
                    // The example's squared length: its features, the bias's 1, the loss's diagonal.
                    let curvature = value * value * Float(features.count) + 1 + diagonal
                    let old = alpha[i]
                    alpha[i] = max(old - gradient / curvature, 0)
                    let step = (alpha[i] - old) * y
                    b += step
                    for feature in features { w[feature] += step * value }
                }
                if highest - lowest < tolerance { break }
            }
            for feature in 0..<featureCount { weights.values[feature * topicCount + t] = w[feature] }
            weights.bias[t] = b
        }
        return weights
    }

    /// The temperature that gives held-out examples the most likely probabilities (the least
    /// cross-entropy): each `folds`-th example (by the sorted order, so every topic is in
    /// every part) is scored by SVMs trained without it.
    static func calibrate(_ data: Encoded, featureCount: Int, topicCount: Int) -> Float {
        var heldOut: [(margins: [Float], topic: Int)] = []
        for fold in 0..<folds {
            let trained = train(data.indices.filter { $0 % folds != fold }.map { data[$0] },
                                featureCount: featureCount, topicCount: topicCount)
            heldOut += stride(from: fold, to: data.count, by: folds).map { (trained.margins(data[$0].features), data[$0].topic) }
        }
        // The cross-entropy is convex in the temperature: bisect on the sign of its slope.
        func slope(_ temperature: Float) -> Double {
            heldOut.reduce(0) { total, example in
                let probabilities = softmax(example.margins.map { $0 * temperature })
                let expected = zip(probabilities, example.margins).map { Double($0 * $1) }.reduce(0, +)
                return total + expected - Double(example.margins[example.topic])
            }
        }
        var (low, high) = temperatureRange
        for _ in 0..<30 {
            let middle = (low * high).squareRoot()
            if slope(middle) > 0 { high = middle } else { low = middle }
        }
        return (low * high).squareRoot()
    }

    /// Where the temperature is sought. Margins are about ±1; UIT-VSFC's 11,426 sentences
    /// ask for 2.1. The cap is a guard for few examples: a held-out set without mistakes
    /// asks for an unbounded temperature, certainty from too little, and the example
    /// campaign's 257 questions in ten topics ask for 8.5; at 4 a question with a clear
    /// margin still gets most of the probability, and the review queue errs on the safe side.
    static let temperatureRange: (Float, Float) = (0.25, 4)

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
        let probabilities = Self.softmax(weights.margins(features).map { $0 * temperature })
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        let weight = { (feature: Int) in weights.values[feature * topics.count + best] }
        let decisive = features.filter { weight($0) > 0 && TextFeatures.isWords(names[$0]) }
            .sorted { weight($0) > weight($1) }
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
