import ArgumentParser
import DoiThoaiKit
import Foundation

/// `doithoai merge`: the Ministry's national consolidation of the provinces' statistics.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Consolidate provinces' statistics.json files into one national workbook for the Ministry.",
        discussion: "Refuses, writing nothing, when a file is unreadable, is not valid JSON, has a schema_version other than 1, or repeats a province and year already given; every problem is printed. Exits 1 then, 0 when the workbook is written."
    )

    @Argument(help: ArgumentHelp("The provinces' statistics.json files.", valueName: "file.json"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The national workbook to write.", valueName: "file.xlsx"))
    var output: String

    func run() throws {
        do {
            let national = try NationalMerge.run(files: files, output: output, creationTime: Date())
            print(NationalMerge.summary(national, output: output))
        } catch let refusal as MergeRefusal {
            printError("doithoai merge: không ghi tệp nào (\(refusal.problems.count) lỗi):\n\(refusal)")
            throw ExitCode.failure
        } catch {
            printError("doithoai merge: \(error)")
            throw ExitCode.failure
        }
    }
}
