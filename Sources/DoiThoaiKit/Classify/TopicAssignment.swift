/// The topic chosen for a question or group, how sure, and why.
public struct TopicAssignment: Hashable, Sendable {
    /// Always the best topic code, even when unsure.
    public var topic: String
    /// 0...1; below the campaign's `min_confidence` the question awaits review.
    public var confidence: Double
    public var review: Bool
    /// The second-best topic, shown to reviewers.
    public var runnerUp: String?
    /// The keywords (and words the model weighed most) that decided, for reviewers.
    public var evidence: [String]
    /// Keyword evidence per topic (syllables times weight), for combining with a model.
    var keywordScores: [String: Double]

    public init(topic: String, confidence: Double, review: Bool, runnerUp: String? = nil, evidence: [String] = [],
                keywordScores: [String: Double] = [:]) {
        self.topic = topic
        self.confidence = confidence
        self.review = review
        self.runnerUp = runnerUp
        self.evidence = evidence
        self.keywordScores = keywordScores
    }

    /// Set by staff in `input/corrections/`: overrides the classifier.
    static func corrected(_ topic: String) -> TopicAssignment {
        TopicAssignment(topic: topic, confidence: 1, review: false, evidence: ["sửa bởi cán bộ"])
    }
}
