/// A group as the workbooks show it: the representative's text and topic, every unit,
/// and the answers given to any member.
///
/// A class: the views are filtered, sorted and grouped for every department and sheet, and
/// copying one as a struct retained and released each of its many fields (perf at 100k:
/// retain/release were half of the ~2.7 s the write stage spent on views).
///
/// It holds the campaign's questions (the array is shared, not copied) and where its
/// representative is in them: a copy of the representative in each view held every
/// group's representative a second time while the workbooks were written.
final class GroupView: Sendable {
    let group: QuestionGroup
    private let questions: [ProcessedQuestion]
    private let representativePosition: Int
    let answers: [Answer]
    /// The sequence of the group's earliest member: groups keep the order of their codes.
    let sequence: Int

    /// When the group's answer is due: its earliest member's due day (the group was
    /// forwarded then; a member that came late does not push it back).
    let due: Day

    init(group: QuestionGroup, representativeAt position: Int, of questions: [ProcessedQuestion], answers: [Answer],
         sequence: Int, due: Day) {
        self.group = group
        self.questions = questions
        representativePosition = position
        self.answers = answers
        self.sequence = sequence
        self.due = due
    }

    convenience init(group: QuestionGroup, representative: ProcessedQuestion, answers: [Answer], sequence: Int, due: Day) {
        self.init(group: group, representativeAt: 0, of: [representative], answers: answers, sequence: sequence, due: due)
    }

    var representative: ProcessedQuestion { questions[representativePosition] }

    var memberCount: Int { group.members.count }

    /// The groups in reading order: by topic as configured, then by code.
    static func all(in snapshot: CampaignSnapshot) -> [GroupView] {
        let questions = snapshot.questions
        let positionOf = snapshot.positionByCode
        let topicRank = Dictionary(snapshot.campaign.topics.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let views = snapshot.groups.map { group in
            let members = group.members.compactMap { positionOf[$0] }
            return GroupView(group: group, representativeAt: positionOf[group.representative]!, of: questions,
                             answers: distinctAnswers(members.flatMap { questions[$0].answers }),
                             sequence: questions[positionOf[group.code]!].question.sequence,
                             due: members.map { questions[$0].due }.min()!)
        }
        // Sorted as (topic rank, sequence) keys, then gathered: moving the views themselves
        // while sorting retained and released every field (perf: 1.7% of a 100k run).
        let keys = views.map { (topicRank[$0.representative.assignment.topic] ?? .max, $0.sequence) }
        return views.indices.sorted { keys[$0] < keys[$1] }.map { views[$0] }
    }

    /// One answer per department and text: a group answer reaches every member, but is shown once.
    /// Compared one by one, not hashed: a group has a few distinct answers, and hashing a
    /// Vietnamese text normalises it first (perf at 100k: ~0.4 s of the write stage).
    static func distinctAnswers(_ answers: [Answer]) -> [Answer] {
        var distinct: [Answer] = []
        for answer in answers where !distinct.contains(where: { $0.department.code == answer.department.code && $0.text == answer.text }) {
            distinct.append(answer)
        }
        return distinct
    }

    var answerText: String {
        answers.map { "\($0.department.name): \($0.text)" }.joined(separator: "\n\n")
    }

    var letters: String {
        answers.compactMap { answer in answer.letter.map { "\($0) (\(answer.department.code))" } }.joined(separator: "\n")
    }
}

extension CampaignSnapshot {
    func topicName(_ code: String) -> String { topic(code)?.name ?? code }

    func departmentNames(_ codes: [String]) -> String {
        codes.map { department($0)?.name ?? $0 }.joined(separator: "; ")
    }
}
