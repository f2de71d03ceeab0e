import Foundation

/// The process's memory as Linux reports it in /proc/self/status: resident now and at its
/// peak so far. Logged after each stage under `--verbose`, to see which stage holds the most.
struct ProcessMemory: Equatable {
    var residentMiB: Int
    var peakMiB: Int

    /// nil where /proc is not there (not Linux) or does not say.
    static func now() -> ProcessMemory? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return parse(status)
    }

    /// From the text of /proc/self/status: the VmRSS and VmHWM lines, in kB.
    static func parse(_ status: String) -> ProcessMemory? {
        var kilobytes: [String: Int] = [:]
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") || line.hasPrefix("VmHWM:") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count >= 2, let value = Int(fields[1]) { kilobytes[String(fields[0].dropLast())] = value }
        }
        guard let resident = kilobytes["VmRSS"], let peak = kilobytes["VmHWM"] else { return nil }
        return ProcessMemory(residentMiB: resident / 1024, peakMiB: peak / 1024)
    }

    var description: String { "resident \(residentMiB) MiB, peak \(peakMiB) MiB" }
}
