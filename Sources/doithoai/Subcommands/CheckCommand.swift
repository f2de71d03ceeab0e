import ArgumentParser
import DoiThoaiKit

/// `doithoai check`: validate everything, write nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read and validate the input folder, write nothing, print the problems.",
        discussion: "Exits 1 when the configuration or some file is unusable; rejected rows alone are printed but do not fail the check."
    )

    @OptionGroup var options: CampaignOptions

    func run() throws {
        do {
            let outcome = try CampaignCheck.check(options.runOptions)
            print(RunSummary.checkText(outcome.report))
            if outcome.hasUnusableFile { throw ExitCode.failure }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("doithoai check: \(error)")
            throw ExitCode.failure
        }
    }
}
