import DoiThoaiKit
import Foundation

/// Writes a synthetic campaign: a runnable input folder with the `campaign.yml` of another
/// one, question files from its units and departments' answers, the same bytes for the same
/// seed. For benchmarks of the whole run on 10k to 1M questions.
public enum CampaignSynthesizer {
    /// Writes the campaign into `output` from the `campaign.yml` in `input`; returns what was written.
    @discardableResult
    public static func write(from input: URL, to output: URL, options: SyntheticCampaignOptions) throws
        -> SyntheticCampaignManifest {
        let campaignFile = input.appendingPathComponent("campaign.yml")
        let facts = CampaignFacts(try CampaignLoader.load(contentsOf: campaignFile))
        guard input.standardizedFileURL.path != output.standardizedFileURL.path else {
            throw SyntheticCampaignError.sameFolder(path: output.path)
        }
        let folder = try OutputFolder(output)
        do {
            let manifest = try write(facts: facts, campaignFile: campaignFile, into: folder.staging, options: options)
            try folder.commit()
            return manifest
        } catch {
            folder.discard()
            throw error
        }
    }

    static func write(facts: CampaignFacts, campaignFile: URL, into folder: URL, options: SyntheticCampaignOptions) throws
        -> SyntheticCampaignManifest {
        let fm = FileManager.default
        try fm.copyItem(at: campaignFile, to: folder.appendingPathComponent("campaign.yml"))
        for subfolder in ["questions", "answers"] {
            try fm.createDirectory(at: folder.appendingPathComponent(subfolder), withIntermediateDirectories: true)
        }
        var random = SeededGenerator(seed: options.seed)
        let plan = FilePlan(rows: options.questions, fileCount: options.files, facts: facts, random: &random)
        let answers = AnswerBook(folder: folder.appendingPathComponent("answers"), facts: facts, random: &random)
        var writer = QuestionFileWriter(stream: QuestionStream(facts: facts, options: options, random: random), answers: answers)
        for file in plan.files {
            try writer.write(file, to: folder.appendingPathComponent("questions").appendingPathComponent(file.name))
        }
        var manifest = writer.stream.manifest
        manifest.questionFiles = plan.files.count
        manifest.answers = answers.rows
        manifest.answerFiles = try answers.close()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: folder.appendingPathComponent(SyntheticCampaignManifest.fileName))
        return manifest
    }
}
