/// Which departments must answer: the lead (chủ trì) and the co-operating ones (phối hợp).
public struct Routing: Hashable, Sendable {
    public var lead: String
    public var co: [String]

    public init(lead: String, co: [String]) {
        self.lead = lead
        self.co = co
    }

    /// The departments a topic names; a question awaiting review is held back from them
    /// by the caller (it goes to the Home Affairs review queue instead).
    public static func forTopic(_ code: String, in topics: [Topic]) -> Routing {
        guard let topic = topics.first(where: { $0.code == code }) else { return Routing(lead: "", co: []) }
        return Routing(lead: topic.lead, co: topic.co)
    }

    /// Lead first, then co-departments.
    public var all: [String] { [lead] + co.filter { $0 != lead } }
}
