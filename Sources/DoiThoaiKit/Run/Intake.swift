import Foundation

/// Reading and admitting the input folder: the part `run` and `check` share.
struct Intake {
    var questionReadings: [FileReading<IncomingQuestion>]
    var answerReadings: [FileReading<Answer>]
    var correctionReadings: [FileReading<Correction>]
    var trainingReadings: [FileReading<TrainingRow>]
    var followUpReadings: [FileReading<Commitment>]
    var admission: Admission

    /// Reads `questions/` and `answers/`, then admits the question rows in file order.
    init(input: InputFolder, campaign: Campaign, registry: Registry?, clock: inout StageClock) throws {
        let questionReader = QuestionFileReader(units: UnitResolver(units: campaign.units))
        let answerReader = AnswerFileReader(departments: campaign.departments)
        questionReadings = try clock.time("read") { try Ingestion.read("questions", of: input, with: questionReader.read) }
        answerReadings = try clock.time("read") { try Ingestion.read("answers", of: input, with: answerReader.read) }
        correctionReadings = try clock.time("read") {
            try Ingestion.read("corrections", of: input, with: CorrectionFileReader().read)
        }
        let trainingReader = TrainingFileReader(topics: campaign.topics)
        trainingReadings = try clock.time("read") { try Ingestion.read("training", of: input, with: trainingReader.read) }
        let followUpReader = FollowUpFileReader(departments: campaign.departments)
        followUpReadings = try clock.time("read") { try Ingestion.read("follow-up", of: input, with: followUpReader.read) }
        var admission = try registry?.admission(codePrefix: campaign.codePrefix)
            ?? Admission(known: [:], nextSequence: 1, codePrefix: campaign.codePrefix)
        let rows = questionReadings.flatMap(\.rows)
        clock.time("admit") { admission.admit(rows) }
        self.admission = admission
    }

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
        let knownByFile = Dictionary(grouping: admission.knownRows, by: \.file).mapValues(\.count)
        let newByFile = Dictionary(grouping: admission.newQuestions, by: \.source.file).mapValues(\.count)
        for reading in questionReadings {
            var entry = RunReport.FileEntry(reading, kind: "questions")
            entry.rows.known = knownByFile[reading.file] ?? 0
            entry.rows.accepted = newByFile[reading.file] ?? 0
            report.files.append(entry)
            report.rows.read += entry.rows.read
            report.rows.accepted += entry.rows.accepted
            report.rows.known += entry.rows.known
            report.rows.rejected += entry.rows.rejected
        }
        report.rejections = rejections
        for reading in trainingReadings {
            var entry = RunReport.FileEntry(reading, kind: "training")
            entry.rows.accepted = reading.rows.count
            report.files.append(entry)
        }
        for reading in followUpReadings {
            var entry = RunReport.FileEntry(reading, kind: "follow-up")
            entry.rows.accepted = reading.rows.count
            report.files.append(entry)
        }
        for reading in answerReadings {
            var entry = RunReport.FileEntry(reading, kind: "answers")
            entry.rows.accepted = reading.rows.count
            report.files.append(entry)
            report.answers.files += 1
            report.answers.rows += reading.rowsRead
        }
    }
}
