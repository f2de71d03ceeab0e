import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Standard error as the run's log and progress see it. On a terminal a progress bar is
/// redrawn in place, and cleared before a log line is written; elsewhere (cron, systemd)
/// progress is written as a plain line at each quarter, so that logs stay readable.
final class Console: @unchecked Sendable {
    static let shared = Console()

    let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var barShown = false
    private var lastQuarter: [String: Int] = [:]

    /// Writes a line to standard error, below any progress bar.
    func line(_ text: String) {
        lock.withLock {
            if barShown { write("\r\u{1B}[K"); barShown = false }
            write(text + "\n")
        }
    }

    /// A long stage advanced to `done` of `total`.
    func progress(_ stage: String, _ done: Int, _ total: Int) {
        guard total > 0 else { return }
        lock.withLock {
            if isTerminal {
                let width = 30
                let filled = width * done / total
                write("\r\(stage) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                      + "] \(done)/\(total)")
                barShown = done < total
                if done == total { write("\r\u{1B}[K") }
            } else {
                let quarter = 4 * done / total
                guard quarter > lastQuarter[stage, default: 0] else { return }
                lastQuarter[stage] = quarter
                write("\(stage): \(done)/\(total)\n")
            }
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// swift-log's handler for the command line: one line per event on standard error, with
/// the time and level, through `Console` so it never garbles a progress bar.
struct ConsoleLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let time = ISO8601DateFormatter().string(from: Date())
        Console.shared.line("\(time) \(event.level): \(event.message)")
    }
}
