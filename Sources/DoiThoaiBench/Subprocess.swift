import Foundation

/// Runs programs for the harness: the measured ones with their output in files, the small
/// helpers (git, nproc, the generator) with their output captured.
enum Subprocess {
    /// Runs to completion with standard output and error in the files given (replaced).
    static func run(_ program: String, _ arguments: [String], stdout: String, stderr: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try handle(writingTo: stdout)
        process.standardError = try handle(writingTo: stderr)
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs to completion and returns its status and its standard output and error together.
    /// For programs that print little (it is all kept); the pipe is read to its end before
    /// waiting, so a program printing more than a pipe holds cannot block on it.
    static func output(_ program: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The trimmed output of a helper that succeeded, or nil (missing program, failure).
    static func line(_ program: String, _ arguments: [String]) -> String? {
        guard let (status, text) = try? output(program, arguments), status == 0 else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opened with open(2) rather than FileManager.createFile, which writes atomically, by
    /// renaming a new file over the path.
    private static func handle(writingTo path: String) throws -> FileHandle {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw BenchError.malformed(what: path, detail: "cannot be written: " + String(cString: strerror(errno)))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
