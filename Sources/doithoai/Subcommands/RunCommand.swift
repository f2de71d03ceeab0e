import ArgumentParser
import DoiThoaiKit
import Logging

/// `doithoai run`: the nightly job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the nightly job: read input/, update the registry, write every output.",
        discussion: """
            Exit status: 0 when the run completed, even if some rows or files were rejected (they are in \
            run-report.json and the workbooks); 1 when it could not complete (bad configuration, unreadable \
            input, unwritable output, unusable registry); 75 when another run holds the output folder's lock \
            (try again later); 64 for a malformed command line.
            """
    )

    @OptionGroup var options: CampaignOptions

    @Flag(name: .shortAndLong, help: "Log every stage, file and timing on standard error.")
    var verbose = false

    func run() throws {
        let watch = RunWatch(
            logger: Logger(label: "doithoai") { _ in ConsoleLogHandler(logLevel: verbose ? .debug : .warning) },
            progress: { Console.shared.progress($0, $1, $2) })
        do {
            let outcome = try NightlyRun.run(options.runOptions, watch: watch)
            print(RunSummary.text(outcome.report, output: options.output))
        } catch let error as RunError {
            // The run could not complete; the previous outputs stay as they were.
            printError("doithoai run: \(error)")
            throw ExitCode(error.exitCode)
        } catch {
            printError("doithoai run: \(error)")
            throw ExitCode.failure
        }
    }
}
