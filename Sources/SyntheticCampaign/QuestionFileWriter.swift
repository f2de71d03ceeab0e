import Foundation

/// Writes the question files one after another, in the pipeline's reading order, and the
/// answers to the questions as their codes are known.
struct QuestionFileWriter {
    /// Rows of the current file a re-sent row may repeat.
    static let recentRows = 32

    var stream: QuestionStream
    let answers: AnswerBook
    private let renderer: QuestionRenderer

    init(stream: QuestionStream, answers: AnswerBook) {
        self.stream = stream
        self.answers = answers
        renderer = QuestionRenderer(facts: stream.facts)
    }

    mutating func write(_ plan: FilePlan.File, to url: URL) throws {
        let file = try BufferedCSVFile(creating: url)
        for column in plan.layout.columns { file.field(column.header) }
        try file.endRow()
        let unit = stream.facts.units[plan.unit]
        let unitName = Array(unit.unit.name.utf8)
        var recent: [QuestionRow] = []
        for index in 0..<plan.rows {
            let stamp = plan.layout.isForm
                ? FormStamp.stamp(row: index, of: plan.rows, collect: stream.facts.campaign.deadlines.collect, using: &stream.random)
                : []
            let row = try self.row(in: plan, unit: unit, recent: &recent)
            try row.write(to: file, layout: plan.layout, serial: index + 1, stamp: stamp, unitName: unitName)
        }
        try file.close()
    }

    /// The next row's cells; a new question's answer is written on the way.
    private mutating func row(in plan: FilePlan.File, unit: SenderUnit, recent: inout [QuestionRow]) throws -> QuestionRow {
        switch stream.next(unit: plan.unit, canResend: !recent.isEmpty) {
        case .bad(let text):
            let asker = SyntheticAsker.random(hamlet: 1, using: &stream.random)
            return QuestionRow(asker: asker, unit: unit, layout: plan.layout, text: Array(text.utf8))
        case .resent:
            return stream.random.pick(recent)
        case .new(let code, let draft, let asker, let wording):
            let text = renderer.text(draft, wording)
            var row = QuestionRow(asker: asker, unit: unit, layout: plan.layout, text: text)
            let topic = stream.facts.themeTopics[Int(draft.theme)]
            if plan.layout.isForm && stream.random.chance(0.7) { row.topic = Array(topic.name.utf8) }
            if stream.random.chance(stream.options.answerShare) {
                try answers.answer(code: code, question: text, theme: Int(draft.theme), unit: plan.unit, using: &stream.random)
            }
            if recent.count == Self.recentRows { recent.removeFirst() }
            recent.append(row)
            return row
        }
    }
}
