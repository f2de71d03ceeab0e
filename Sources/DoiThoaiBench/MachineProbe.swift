import Foundation

/// Reads the machine's description from /proc, nproc and git; what cannot be read says "unknown".
enum MachineProbe {
    static func describe() -> MachineDescription {
        let processors = Subprocess.line("/usr/bin/nproc", []).flatMap { Int($0) }
            ?? ProcessInfo.processInfo.activeProcessorCount
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        return MachineDescription(
            processors: processors,
            cpuModel: MachineDescription.cpuModel(cpuinfo: cpuinfo) ?? "unknown CPU",
            memoryKiB: MachineDescription.memoryKiB(meminfo: meminfo) ?? 0,
            commit: commit())
    }

    /// The checked-out commit; figures from a tree with local changes are not that commit's.
    static func commit() -> String {
        guard let hash = Subprocess.line("/usr/bin/env", ["git", "rev-parse", "--short", "HEAD"]) else { return "unknown" }
        let changes = Subprocess.line("/usr/bin/env", ["git", "status", "--porcelain", "--untracked-files=no"]) ?? ""
        return changes.isEmpty ? hash : hash + " + local changes"
    }
}
