/// The concerns to raise at the live dialogue: those raised by the most units, spread
/// across topics, as many as fit `dialogue.minutes` at `ask_minutes + answer_minutes` each.
enum DialogueShortlist {
    struct Item {
        var view: GroupView
        /// Minutes from the start of the question session.
        var start: Int
        var end: Int
    }

    /// Groups awaiting review are left out (no department prepares their answer). Each round
    /// takes the next most-raised concern of every topic, the topics with the most-raised
    /// concerns first, until the time is used; the script then goes topic by topic.
    static func pick(_ views: [GroupView], dialogue: Dialogue, topicOrder: [String]) -> [Item] {
        let perQuestion = dialogue.askMinutes + dialogue.answerMinutes
        guard perQuestion > 0 else { return [] }
        let slots = dialogue.minutes / perQuestion
        let ranked = views.filter { !$0.representative.assignment.review }.sorted(by: moreRaised)
        var queues = Dictionary(grouping: ranked) { $0.representative.assignment.topic }
        let topics = queues.keys.sorted { moreRaised(queues[$0]![0], queues[$1]![0]) }
        var picked: [GroupView] = []
        while picked.count < slots, queues.values.contains(where: { !$0.isEmpty }) {
            for topic in topics where picked.count < slots && !queues[topic]!.isEmpty {
                picked.append(queues[topic]!.removeFirst())
            }
        }
        let rank = Dictionary(topicOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let script = picked.sorted {
            let (a, b) = (rank[$0.representative.assignment.topic] ?? .max, rank[$1.representative.assignment.topic] ?? .max)
            return a != b ? a < b : moreRaised($0, $1)
        }
        return script.enumerated().map { index, view in
            Item(view: view, start: index * perQuestion, end: (index + 1) * perQuestion)
        }
    }

    /// More units first, then more questions, then the earlier code.
    static func moreRaised(_ a: GroupView, _ b: GroupView) -> Bool {
        (b.group.units.count, b.memberCount, a.sequence) < (a.group.units.count, a.memberCount, b.sequence)
    }
}
