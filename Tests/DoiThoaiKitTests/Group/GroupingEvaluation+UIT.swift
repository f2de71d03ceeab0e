import Foundation
import XCTest
@testable import DoiThoaiKit

/// The UIT-ViCoV19QA part of `GroupingEvaluation`: real questions from the public,
/// grouped and sampled for a human to eyeball.
extension GroupingEvaluation {
    // MARK: - UIT-ViCoV19QA

    /// Groups the 4,500 questions at every threshold (sizes), then shows a sample of the
    /// groups at `sampleThreshold`.
    func uit(sampleThreshold: Double) throws {
        let reader = QuestionFileReader(units: UnitResolver(units: [Self.unit]))
        var incoming: [IncomingQuestion] = []
        var rejected = 0
        // File-name order, as a night reads its folder.
        for file in ["UIT-ViCoV19QA_test.csv", "UIT-ViCoV19QA_train.csv", "UIT-ViCoV19QA_val.csv"] {
            let reading = reader.read(file: file, bytes: try TestData.bytes("uit-vicov19qa/1_ans/\(file)"))
            incoming += reading.rows
            rejected += reading.rejections.count
        }
        var admission = Admission(known: [:], nextSequence: 1, codePrefix: "UIT")
        admission.admit(incoming)
        let questions = admission.newQuestions
        Self.say("UIT-ViCoV19QA: \(incoming.count + rejected) records, \(rejected) rejected, \(admission.knownRows.count) repeat "
                 + "an identical question, \(questions.count) questions grouped in one run")
        let space = MatchSpace(questions.sorted { $0.sequence < $1.sequence })
        let indexOfCode = Dictionary(uniqueKeysWithValues: space.questions.enumerated().map { ($1.code, $0) })
        var sampled: [QuestionGroup] = []
        var lines = [
            "| threshold | groups | 1 | 2 | 3–5 | 6+ | largest | questions in groups ≥ 2 | members below the threshold "
                + "to the representative | grouping time |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for threshold in Self.thresholds + (Self.thresholds.contains(sampleThreshold) ? [] : [sampleThreshold]) {
            let start = Self.now()
            let groups = NearDuplicateGrouper(threshold: threshold).groups(of: questions)
            let seconds = Self.now() - start
            if threshold == sampleThreshold { sampled = groups }
            let sizes = groups.map(\.members.count)
            // Members join by their similarity to the anchor (the first member); the workbook
            // shows each member's similarity to the representative (the clearest member).
            let below = groups.map { group in group.similarities.filter { $0 < threshold }.count }
                .reduce(0, +)
            lines.append("| \(Self.f2(threshold)) | \(groups.count) | \(sizes.filter { $0 == 1 }.count) | "
                         + "\(sizes.filter { $0 == 2 }.count) | \(sizes.filter { (3...5).contains($0) }.count) | "
                         + "\(sizes.filter { $0 >= 6 }.count) | \(sizes.max() ?? 0) | \(sizes.filter { $0 > 1 }.reduce(0, +)) | "
                         + "\(below) | " + String(format: "%.0f ms |", seconds * 1000))
        }
        Self.say("")
        Self.table(lines)
        Self.say("")

        let textOf = Dictionary(uniqueKeysWithValues: questions.map { ($0.code, $0.text) })
        let multi = sampled.filter { $0.members.count > 1 }
        // Ten groups spread evenly over the multi-member groups in code order, to eyeball.
        let step = max(1, multi.count / 10)
        let sample = stride(from: 0, to: multi.count, by: step).prefix(10).map { multi[$0] }
        Self.say("UIT-ViCoV19QA at \(Self.f2(sampleThreshold)): \(sample.count) of \(multi.count) groups with ≥ 2 members, "
                 + "evenly spread (a = anchor, r = representative; similarity to the anchor; first 80 characters):")
        for group in sample {
            show(group, space: space, indexOfCode: indexOfCode, textOf: textOf)
        }
        Self.say("the three largest groups at \(Self.f2(sampleThreshold)):")
        for group in multi.sorted(by: { ($0.members.count, $1.code) > ($1.members.count, $0.code) }).prefix(3) {
            show(group, space: space, indexOfCode: indexOfCode, textOf: textOf, limit: 8)
        }
        Self.say("")
    }

    func show(_ group: QuestionGroup, space: MatchSpace, indexOfCode: [String: Int], textOf: [String: String],
              limit: Int = .max) {
        let anchor = indexOfCode[group.members[0]]!
        let toRepresentative = group.similarities.min() ?? 1
        Self.say("group \(group.code), \(group.members.count) members"
                 + String(format: " (lowest similarity to the representative %.2f):", toRepresentative))
        for code in group.members.prefix(limit) {
            let index = indexOfCode[code]!
            let mark = (index == anchor ? "a" : " ") + (code == group.representative ? "r" : " ")
            Self.say("  " + mark + String(format: " %.2f  ", index == anchor ? 1.0 : space.similarity(index, anchor))
                     + Self.excerpt(textOf[code]!, 80))
        }
        if group.members.count > limit { Self.say("  … \(group.members.count - limit) more") }
    }
}
