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
        let path = folder.appendingPathComponent(".doithoai.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.output(path: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            throw RunError.lockHeld(path: path, holder: holder.map { "tiến trình \($0)" } ?? "không rõ tiến trình")
        }
        descriptor = fd
        let note = "pid \(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
