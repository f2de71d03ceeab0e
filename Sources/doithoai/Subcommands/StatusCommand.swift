import ArgumentParser
import DoiThoaiKit

/// `doithoai status`: how last night's run went, from the registry.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last run: when, whether it completed, what changed since the run before.",
        discussion: "Exit status: 0 when the last run completed (or a run is under way); 1 when it failed, was interrupted, or no run has been made yet."
    )

    @OptionGroup var options: CampaignOptions

    func run() throws {
        let status: RunStatus?
        do {
            status = try RunStatus.load(options.runOptions)
        } catch {
            printError("doithoai status: không đọc được sổ đăng ký \(options.runOptions.registryPath): \(error)")
            throw ExitCode.failure
        }
        guard let status else {
            print("Chưa có lần chạy nào ghi vào \(options.runOptions.registryPath) — chạy `doithoai run` trước.")
            throw ExitCode.failure
        }
        print(status.text)
        if !status.healthy { throw ExitCode.failure }
    }
}
