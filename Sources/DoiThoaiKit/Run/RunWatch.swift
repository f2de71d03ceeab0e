import Logging

/// How a run is watched while it works: log lines through swift-log, and the progress of
/// its long stages (reading files, writing workbooks). The command line draws a bar from
/// the progress on a terminal, and plain lines otherwise. Nothing personal is ever logged:
/// file names, counts and seconds only, never a question's text or its asker.
public struct RunWatch: Sendable {
    public var logger: Logger
    /// A long stage advanced: its name, items done, items in all.
    public var progress: @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    public init(logger: Logger = Logger(label: "doithoai", factory: { _ in SwiftLogNoOpLogHandler() }),
                progress: @escaping @Sendable (String, Int, Int) -> Void = { _, _, _ in }) {
        self.logger = logger
        self.progress = progress
    }

    /// Watches nothing (tests, `check`).
    public static let silent = RunWatch()
}
