import Foundation

/// Reading and admitting the input folder: the part `run` and `check` share.
struct Intake {
    var questionReadings: [FileReading<IncomingQuestion>]
    var answerReadings: [FileReading<Answer>]
    var correctionReadings: [FileReading<Correction>]
    var trainingReadings: [FileReading<TrainingRow>]
    var followUpReadings: [FileReading<Commitment>]
    var admission: Admission

    /// Reads every subfolder, then admits the question rows in file order. Files that
    /// `memory` knows unchanged are not parsed again: their readings come from the registry.
    init(input: InputFolder, campaign: Campaign, held: [Question], memory: FileMemory = .none,
         progress: @escaping (String, Int, Int) -> Void = { _, _, _ in }, clock: inout StageClock) throws {
        let questionReader = QuestionFileReader(units: UnitResolver(units: campaign.units))
        let answerReader = AnswerFileReader(departments: campaign.departments)
        let trainingReader = TrainingFileReader(topics: campaign.topics)
        let followUpReader = FollowUpFileReader(departments: campaign.departments)
        (questionReadings, answerReadings, correctionReadings, trainingReadings, followUpReadings) = try clock.time("read") {
            (try Ingestion.read(.questions, of: input, with: questionReader.read, reuse: memory.questionReading,
                                progress: { progress("read", $0, $1) }),
             try Ingestion.read(.answers, of: input, with: answerReader.read, reuse: memory.reuse(.answers)),
             try Ingestion.read(.corrections, of: input, with: CorrectionFileReader().read, reuse: memory.reuse(.corrections)),
             try Ingestion.read(.training, of: input, with: trainingReader.read, reuse: memory.reuse(.training)),
             try Ingestion.read(.followUp, of: input, with: followUpReader.read, reuse: memory.reuse(.followUp)))
        }
        var admission = Admission(held: held, codePrefix: campaign.codePrefix)
        let rows = questionReadings.flatMap(\.rows)
        // Once admitted, a row lives on as a new question or was known already: the readings
        // keep their counts and rejections, not the rows, which would be held through the
        // whole run beside the questions made of them.
        for index in questionReadings.indices { questionReadings[index].rows = [] }
        clock.time("admit") { admission.admit(rows) }
        self.admission = admission
    }

    /// Every table file read or found unchanged, for the registry to remember.
    func seenFiles() -> [SeenFile] {
        questionReadings.map { $0.seen(.questions, rows: nil) }
            + answerReadings.map { $0.seen(.answers) }
            + correctionReadings.map { $0.seen(.corrections) }
            + trainingReadings.map { $0.seen(.training) }
            + followUpReadings.map { $0.seen(.followUp) }
    }

    /// Table files found, and those not parsed again because unchanged.
    var fileCount: Int { questionReadings.count + rowFileEntries.count }
    var unchangedCount: Int { questionReadings.filter(\.unchanged).count + rowFileEntries.filter(\.unchanged).count }

    var rejections: [Rejection] { questionReadings.flatMap(\.rejections) }
    var answers: [Answer] { answerReadings.flatMap(\.rows) }
    var answerRejections: [Rejection] { answerReadings.flatMap(\.rejections) }

    /// The staff's grouping and topic corrections that name known codes, and the rejected ones.
    func corrections(knownCodes: Set<String>, topics: [Topic]) -> (GroupCorrections, [String: String], [Rejection]) {
        var rejections = correctionReadings.flatMap(\.rejections)
        let rows = correctionReadings.flatMap(\.rows)
        let corrections = GroupCorrections(rows, knownCodes: knownCodes, rejections: &rejections)
        let topicCorrections = TopicCorrections.of(rows, knownCodes: knownCodes, topics: topics, rejections: &rejections)
        return (corrections, topicCorrections, rejections)
    }

    var trainingRows: [TrainingRow] { trainingReadings.flatMap(\.rows) }
    var followUpRows: [Commitment] { followUpReadings.flatMap(\.rows) }
    var followUpRejections: [Rejection] { followUpReadings.flatMap(\.rejections) }
    var trainingRejections: [Rejection] { trainingReadings.flatMap(\.rejections) }

    /// True when some file could not be used at all (`check` then exits non-zero).
    var hasUnusableFile: Bool {
        questionReadings.contains { $0.fileProblem != nil } || answerReadings.contains { $0.fileProblem != nil }
            || correctionReadings.contains { $0.fileProblem != nil } || trainingReadings.contains { $0.fileProblem != nil }
            || followUpReadings.contains { $0.fileProblem != nil }
    }

    /// The report's accounting of files and rows.
    func account(into report: inout RunReport) {
        // Counted in place: grouping the new questions by file copied every one of them.
        var knownByFile: [String: Int] = [:], newByFile: [String: Int] = [:]
        for place in admission.knownRows { knownByFile[place.file, default: 0] += 1 }
        let newQuestions = admission.newQuestions
        for index in newQuestions.indices { newByFile[newQuestions[index].source.file, default: 0] += 1 }
        for reading in questionReadings {
            var entry = RunReport.FileEntry(reading, kind: "questions")
            // An unchanged file's rows were all admitted before: each is known or rejected.
            entry.rows.known = reading.unchanged ? entry.rows.read - entry.rows.rejected : knownByFile[reading.file] ?? 0
            entry.rows.accepted = newByFile[reading.file] ?? 0
            report.files.append(entry)
            report.rows.read += entry.rows.read
            report.rows.accepted += entry.rows.accepted
            report.rows.known += entry.rows.known
            report.rows.rejected += entry.rows.rejected
        }
        report.rejections = rejections
        report.files += rowFileEntries
        report.answers.files = answerReadings.count
        report.answers.rows = answerReadings.map(\.rowsRead).reduce(0, +)
    }

    /// The report's line for each file of the kinds whose rows are all taken once read.
    private var rowFileEntries: [RunReport.FileEntry] {
        func entries<Row>(_ readings: [FileReading<Row>], _ kind: InputKind) -> [RunReport.FileEntry] {
            readings.map { reading in
                var entry = RunReport.FileEntry(reading, kind: kind.rawValue)
                entry.rows.accepted = reading.rows.count
                return entry
            }
        }
        return entries(correctionReadings, .corrections) + entries(trainingReadings, .training)
            + entries(followUpReadings, .followUp) + entries(answerReadings, .answers)
    }
}
