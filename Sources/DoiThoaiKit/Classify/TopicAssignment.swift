/// The topic chosen for a question or group, how sure, and why.
public struct TopicAssignment: Hashable, Sendable {
    /// Always the best topic code, even when unsure.
    public var topic: String
    /// 0...1; below the campaign's `min_confidence` the question awaits review.
    public var confidence: Double
    public var review: Bool
    /// The second-best topic, shown to reviewers.
    public var runnerUp: String?
    /// The keywords that decided, for reviewers.
    public var evidence: [String]

    public init(topic: String, confidence: Double, review: Bool, runnerUp: String? = nil, evidence: [String] = []) {
        self.topic = topic
        self.confidence = confidence
        self.review = review
        self.runnerUp = runnerUp
        self.evidence = evidence
    }
}
