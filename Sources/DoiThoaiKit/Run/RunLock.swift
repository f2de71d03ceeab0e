import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on the output folder, so two runs never write at once. Held through
/// `flock`, which the kernel releases when the process dies, so a killed run never leaves
/// a stale lock behind.
public final class RunLock {
    private let descriptor: Int32

    /// Takes the lock or throws `RunError.lockHeld` naming the process that holds it.
    public init(folder: URL) throws {
        let path = Self.path(in: folder)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.output(path: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw RunError.lockHeld(path: path, holder: Self.note(at: path).map { "tiến trình \($0)" } ?? "không rõ tiến trình")
        }
        descriptor = fd
        let note = "pid \(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { write(fd, $0, strlen($0)) }
    }

    /// The process holding the folder's lock ("pid 1234"), or nil when no run holds it.
    /// Takes and releases the lock at once when free, so it never blocks a run for long.
    public static func holder(folder: URL) -> String? {
        let path = Self.path(in: folder)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return note(at: path) ?? "không rõ tiến trình"
    }

    static func path(in folder: URL) -> String {
        folder.appendingPathComponent(".doithoai.lock").path
    }

    /// What the holder wrote in the lock file ("pid 1234").
    private static func note(at path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
