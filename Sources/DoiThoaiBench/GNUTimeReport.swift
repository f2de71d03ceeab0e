import Foundation

/// What GNU time's `-v` (`/usr/bin/time -v`, Debian package `time`) says about a command.
///
/// Read from its text, the only format GNU time offers; the lines used have kept their
/// wording since time 1.7. The shell's `time` keyword has no `-v` and no peak memory.
public struct GNUTimeReport: Equatable, Sendable {
    /// "Elapsed (wall clock) time", to the hundredth of a second.
    public var wallSeconds: Double
    /// "Maximum resident set size", in KiB.
    public var maxResidentKiB: Int
    /// "Exit status"; for a command killed by a signal, GNU time reports 0 here and names the signal.
    public var exitStatus: Int
    /// From "Command terminated by signal N".
    public var signal: Int?

    public var peakMiB: Double { Double(maxResidentKiB) / 1024 }
    public var succeeded: Bool { exitStatus == 0 && signal == nil }

    public init(wallSeconds: Double, maxResidentKiB: Int, exitStatus: Int, signal: Int? = nil) {
        self.wallSeconds = wallSeconds
        self.maxResidentKiB = maxResidentKiB
        self.exitStatus = exitStatus
        self.signal = signal
    }

    /// Parses the report; nil when a needed line is missing (time itself failed, or the file is not its report).
    public init?(parsing text: String) {
        var wall: Double?, resident: Int?, status: Int?, signal: Int?
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let value = Self.value(of: "Elapsed (wall clock) time", in: trimmed) {
                wall = Self.clockSeconds(value)
            } else if let value = Self.value(of: "Maximum resident set size (kbytes)", in: trimmed) {
                resident = Int(value)
            } else if let value = Self.value(of: "Exit status", in: trimmed) {
                status = Int(value)
            } else if trimmed.hasPrefix("Command terminated by signal ") {
                signal = Int(trimmed.dropFirst("Command terminated by signal ".count))
            }
        }
        guard let wall, let resident, let status else { return nil }
        self.init(wallSeconds: wall, maxResidentKiB: resident, exitStatus: status, signal: signal)
    }

    /// The text after "`label`...: " when the line starts with `label`. The elapsed line's
    /// label holds colons of its own ("(h:mm:ss or m:ss)"), so the value is after the last ": ".
    static func value(of label: String, in line: String) -> String? {
        guard line.hasPrefix(label), let separator = line.range(of: ": ", options: .backwards) else { return nil }
        return String(line[separator.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// "1:02:03", "2:03.45" or "0:00.12" in seconds.
    static func clockSeconds(_ text: String) -> Double? {
        let parts = text.split(separator: ":").map { Double($0) }
        guard !parts.isEmpty, parts.count <= 3, !parts.contains(nil) else { return nil }
        return parts.reduce(0.0) { $0 * 60 + $1! }
    }
}
