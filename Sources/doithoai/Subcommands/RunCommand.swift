import ArgumentParser
import DoiThoaiKit

/// `doithoai run`: the nightly job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the nightly job: read input/, update the registry, write every output.",
        discussion: "Exits 0 when the run completed, even if some rows or files were rejected (they are in run-report.json and the workbooks). Exits 1 when it could not complete: bad configuration, unwritable output, another run holding the lock."
    )

    @OptionGroup var options: CampaignOptions

    func run() throws {
        do {
            let outcome = try NightlyRun.run(options.runOptions)
            print(RunSummary.text(outcome.report, output: options.output))
        } catch {
            // Any error here means the run could not complete; the previous outputs stay.
            printError("doithoai run: \(error)")
            throw ExitCode.failure
        }
    }
}
