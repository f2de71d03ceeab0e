import Foundation

/// The machine and code a table was measured on, so figures from different runs can be compared.
public struct MachineDescription: Equatable, Sendable {
    public var processors: Int
    public var cpuModel: String
    public var memoryKiB: Int
    /// Short commit hash, with "+ local changes" when the tree is not clean; "unknown" outside git.
    public var commit: String

    public init(processors: Int, cpuModel: String, memoryKiB: Int, commit: String) {
        self.processors = processors
        self.cpuModel = cpuModel
        self.memoryKiB = memoryKiB
        self.commit = commit
    }

    public var summary: String {
        let gib = String(format: "%.1f", Double(memoryKiB) / 1_048_576)
        return "\(processors) processors (nproc), \(cpuModel), \(gib) GiB memory; commit \(commit)"
    }

    /// The first "model name" of /proc/cpuinfo (x86; ARM kernels may have none).
    public static func cpuModel(cpuinfo: String) -> String? {
        for line in cpuinfo.split(whereSeparator: \.isNewline) where line.hasPrefix("model name") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// "MemTotal: 24683512 kB" of /proc/meminfo, in KiB.
    public static func memoryKiB(meminfo: String) -> Int? {
        for line in meminfo.split(whereSeparator: \.isNewline) where line.hasPrefix("MemTotal:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}
