import ArgumentParser
import DoiThoaiKit

/// The `doithoai` command: parses arguments, calls DoiThoaiKit, maps errors to exit codes.
@main
struct Doithoai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doithoai",
        abstract: "Tổng hợp ý kiến, kiến nghị của thanh niên cho hội nghị đối thoại với Chủ tịch UBND tỉnh.",
        discussion: "Merges the youth's questions sent by communes and the Youth Union, finds duplicates, classifies and routes them, joins the departments' answers, and writes the workbooks.",
        version: DoiThoai.version,
        subcommands: [RunCommand.self, CheckCommand.self, StatusCommand.self, PurgePersonalCommand.self, MergeCommand.self]
    )
}
