/// Groups questions whose matching text is identical (NFC, case, punctuation, spacing).
///
/// First version of the grouping stage; a near-duplicate grouper replaces it with the
/// same signature. The representative is the earliest question, so a group keeps its
/// code when later nights add members.
public enum ExactGrouper {
    public static func groups(of questions: [Question]) -> [QuestionGroup] {
        var order: [String] = []
        var membersByKey: [String: [Question]] = [:]
        for question in questions.sorted(by: { $0.sequence < $1.sequence }) {
            let key = VietnameseText.matchKey(question.text)
            if membersByKey[key] == nil { order.append(key) }
            membersByKey[key, default: []].append(question)
        }
        return order.map { key in
            let members = membersByKey[key]!
            return QuestionGroup(code: members[0].code, members: members.map(\.code),
                                 units: uniqued(members.map(\.unitName)))
        }
    }

    static func uniqued(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
