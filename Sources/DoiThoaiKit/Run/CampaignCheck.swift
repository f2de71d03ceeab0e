import Foundation

/// What `doithoai check` found, without writing anything.
public struct CheckOutcome: Sendable {
    public var report: RunReport
    /// True when the configuration loaded but some file could not be used at all.
    public var hasUnusableFile: Bool
}

/// `doithoai check`: reads and validates everything, writes nothing. Known rows are told
/// apart from new ones when a registry from earlier runs exists (opened read-only).
public enum CampaignCheck {
    public static func check(_ options: RunOptions) throws -> CheckOutcome {
        var clock = StageClock()
        let campaign = try NightlyRun.loadCampaign(options.input)
        let registry = try Registry.openForReading(path: options.registryPath)
        let intake = try Intake(input: InputFolder(url: options.input), campaign: campaign,
                                held: try registry?.questions() ?? [], clock: &clock)
        var report = RunReport(campaign: campaign, startedAt: Date(), today: options.day)
        intake.account(into: &report)
        report.answers.rejections = intake.answerRejections
        report.answers.rejected = intake.answerRejections.filter { $0.row != nil }.count
        report.seconds = clock.seconds
        return CheckOutcome(report: report, hasUnusableFile: intake.hasUnusableFile)
    }
}
