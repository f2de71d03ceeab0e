import ArgumentParser
import Foundation
import SyntheticCampaign

/// `synthesize-campaign`: writes a synthetic input folder for benchmarks of `doithoai run`.
@main
struct SynthesizeCampaign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesize-campaign",
        abstract: "Write a synthetic campaign (campaign.yml, questions/*.csv, answers/*.csv) to benchmark doithoai.",
        discussion: """
            The questions are Vietnamese sentences built from phrase banks, from the units of the \
            --from campaign; about 30% reword an earlier question of another unit, 1% are re-sent rows \
            and 0.5% are rows the run rejects. The answers use the codes the run will give. \
            The same seed writes the same bytes.
            """)

    @Option(help: "Data rows to write, all question files together.")
    var questions: Int

    @Option(help: "The input folder whose campaign.yml is used.")
    var from = "input"

    @Option(help: "The folder to write; an earlier synthetic campaign there is replaced.")
    var output: String

    @Option(help: "Seed of the random choices.")
    var seed: UInt64 = 1

    @Option(help: "Number of question files (default: one per commune or ward, three for the Youth Union, more above ~12k rows a file).")
    var files: Int?

    @Option(help: "Share of the new questions that get an answer.")
    var answerShare = 0.4

    @Option(help: "Share of the new questions that reword an earlier question of another unit.")
    var nearDuplicateShare = 0.3

    func validate() throws {
        guard questions >= 1 else { throw ValidationError("--questions must be at least 1.") }
        if let files, files < 1 { throw ValidationError("--files must be at least 1.") }
        guard (0...1).contains(answerShare) else { throw ValidationError("--answer-share must be between 0 and 1.") }
        guard (0...1).contains(nearDuplicateShare) else {
            throw ValidationError("--near-duplicate-share must be between 0 and 1.")
        }
    }

    func run() throws {
        let start = Date()
        var options = SyntheticCampaignOptions(questions: questions, seed: seed, files: files, answerShare: answerShare)
        options.nearDuplicateShare = nearDuplicateShare
        let manifest = try CampaignSynthesizer.write(
            from: URL(fileURLWithPath: from), to: URL(fileURLWithPath: output), options: options)
        let seconds = Date().timeIntervalSince(start)
        print("\(output): \(manifest.rows) rows in \(manifest.questionFiles) files (\(manifest.newQuestions) new, "
              + "\(manifest.nearDuplicates) of them rewording another unit's, \(manifest.resentRows) re-sent, "
              + "\(manifest.badRows) bad), codes \(manifest.firstCode ?? "-")…\(manifest.lastCode ?? "-"), "
              + "\(manifest.answers) answers in \(manifest.answerFiles) files; "
              + String(format: "%.2f s", seconds))
    }
}
