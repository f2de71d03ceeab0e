import ArgumentParser
import DoiThoaiKit
import Foundation

/// The folders and date every command shares.
struct CampaignOptions: ParsableArguments {
    @Option(name: .long, help: "The input folder: campaign.yml, questions/, answers/.")
    var input: String = "input"

    @Option(name: .long, help: "The output folder (it also holds the registry, registry.sqlite).")
    var output: String = "output"

    @Option(name: .long, help: ArgumentHelp("The registry file, if not registry.sqlite in the output folder.", valueName: "file"))
    var registry: String?

    @Option(name: .long, help: ArgumentHelp("Judge deadlines as of this day (YYYY-MM-DD) instead of today.", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today must be a real date written YYYY-MM-DD, not \"\(today)\".")
        }
    }

    var runOptions: RunOptions {
        RunOptions(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output),
                   today: today.flatMap(Day.init(iso:)), registry: registry.map { URL(fileURLWithPath: $0) })
    }
}

/// Prints to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
