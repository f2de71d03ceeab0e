import Foundation

/// A hidden folder beside the outputs where a run writes everything first. Only when all
/// outputs are complete are they renamed into place, so a failed or killed run leaves the
/// previous night's outputs whole.
public final class Staging {
    public let url: URL
    private let destination: URL
    private var committed = false

    /// Call with the run lock held: leftovers of a killed run are removed first.
    public init(output: URL) throws {
        destination = output
        url = output.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)")
        Self.removeLeftovers(in: output)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Staging and swapped-out folders that a killed run left behind.
    static func removeLeftovers(in output: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        for name in names where name.hasPrefix(".staging-") || name.hasPrefix(".old-") {
            try? FileManager.default.removeItem(at: output.appendingPathComponent(name))
        }
    }

    /// A path inside the staging folder, its parent folders created.
    public func path(_ relative: String) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        return file
    }

    public func write(_ data: Data, to relative: String) throws {
        try data.write(to: path(relative))
    }

    /// Writes a file piece by piece: `body` is given a function that appends a piece of
    /// text (as UTF-8), for files too large to hold whole in memory.
    public func write(to relative: String, _ body: ((String) throws -> Void) throws -> Void) throws {
        let file = try path(relative)
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try body { try handle.write(contentsOf: Data($0.utf8)) }
    }

    /// Moves every staged entry into the output folder. Files replace their old version in
    /// one rename each; folders (`departments/`, `units/`) are swapped whole, so workbooks of
    /// departments or units no longer configured do not linger.
    public func commit() throws {
        let fm = FileManager.default
        for (index, name) in try fm.contentsOfDirectory(atPath: url.path).sorted().enumerated() {
            if index == 1 { CrashPoint.reach(.midCommit) }
            let staged = url.appendingPathComponent(name)
            let target = destination.appendingPathComponent(name)
            if InputFolder.isDirectory(staged) {
                let old = destination.appendingPathComponent(".old-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
                if fm.fileExists(atPath: target.path) { try fm.moveItem(at: target, to: old) }
                try fm.moveItem(at: staged, to: target)
                try? fm.removeItem(at: old)
            } else if rename(staged.path, target.path) != 0 {
                throw RunError.output(path: target.path, reason: String(cString: strerror(errno)))
            }
        }
        committed = true
        try? fm.removeItem(at: url)
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(at: url) }
    }
}
