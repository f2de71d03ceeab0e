import ArgumentParser
import DoiThoaiKit

/// `doithoai purge-personal --before DATE`: the askers' personal data out of the registry.
struct PurgePersonalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge-personal",
        abstract: "Remove askers' personal data (name, birth year, address, phone, e-mail) received before a date.",
        discussion: """
            Questions, codes, units, categories, groups, topics and answers stay, so every count stays the same. \
            Run `doithoai run` afterwards to rewrite the workbooks without the data, and remove or archive the \
            original files in input/questions/, which still hold it.
            """
    )

    @OptionGroup var options: CampaignOptions

    @Option(name: .long, help: ArgumentHelp("Questions first received before this day (YYYY-MM-DD).", valueName: "date"))
    var before: String

    func validate() throws {
        if Day(iso: before) == nil {
            throw ValidationError("--before must be a real date written YYYY-MM-DD, not \"\(before)\".")
        }
    }

    func run() throws {
        do {
            let count = try PersonalDataPurge.purge(options.runOptions, before: Day(iso: before)!)
            print("Đã xóa thông tin cá nhân của người hỏi ở \(count) câu hỏi nhận trước ngày \(before); số liệu giữ nguyên.")
            print("Tiếp theo: chạy `doithoai run` để ghi lại các bảng tính, và xóa hoặc cất các tệp gốc trong input/questions/ (vẫn còn thông tin cá nhân).")
        } catch let error as RunError {
            printError("doithoai purge-personal: \(error)")
            throw ExitCode(error.exitCode)
        }
    }
}
