/// The topic of each question: the campaign's keyword rules, combined with a model learnt
/// from labelled questions when the campaign has some (`input/training/*.csv`, and the
/// staff's topic corrections).
///
/// Without training data, the rules alone decide, as `KeywordClassifier` says. With it,
/// each topic's probability is a mix of the two: the share of keyword evidence for it,
/// weighted by how much evidence there is, and the model's probability for the rest — so
/// clear keywords decide, and the model decides where keywords are few or absent. The
/// confidence is the best topic's mixed probability.
public struct TopicClassifier: Sendable {
    let rules: KeywordClassifier
    let model: TopicModel?

    public init(topics: [Topic], minConfidence: Double, training: [TopicModel.Example]) {
        rules = KeywordClassifier(topics: topics, minConfidence: minConfidence)
        let known = Set(topics.map(\.code))
        let usable = training.filter { known.contains($0.topic) }
        // A model of one topic has nothing to tell apart.
        model = Set(usable.map(\.topic)).count >= 2 ? TopicModel(examples: usable) : nil
    }

    /// Each text's topic. Texts are independent of each other, so they are classified in
    /// chunks on every core, each chunk with its own word tables (1M first night: the
    /// classify stage was 14 s on one core).
    public func classify(_ texts: [String]) -> [TopicAssignment] {
        classify(texts, chunkSize: 2_048)
    }

    /// `chunkSize` is a parameter for tests only.
    func classify(_ texts: [String], chunkSize: Int) -> [TopicAssignment] {
        ParallelJobs.perCore().mapChunks(texts, size: chunkSize) { classifyInOrder(Array($0)) }
    }

    func classifyInOrder(_ texts: [String]) -> [TopicAssignment] {
        let byRules = rules.classify(texts)
        guard let model else { return byRules }
        return zip(byRules, model.predict(texts)).map { combine($0, $1) }
    }

    func combine(_ rules: TopicAssignment, _ model: TopicModel.Prediction) -> TopicAssignment {
        let evidence = rules.keywordScores
        let total = evidence.values.reduce(0, +)
        let weight = KeywordClassifier.strength(evidence.values.max() ?? 0)
        let mixed = self.rules.topicOrder.map { topic -> (String, Double) in
            let share = total > 0 ? (evidence[topic] ?? 0) / total : 0
            return (topic, weight * share + (1 - weight) * (model.probabilities[topic] ?? 0))
        }.sorted { $0.1 > $1.1 }
        let (best, probability) = mixed[0]
        let confidence = (probability * 1000).rounded() / 1000
        let words = (best == rules.topic ? rules.evidence : []) + model.evidence
        return TopicAssignment(topic: best, confidence: confidence, review: confidence < self.rules.minConfidence,
                               runnerUp: mixed.count > 1 ? mixed[1].0 : nil, evidence: words.uniqued(),
                               keywordScores: evidence)
    }
}
