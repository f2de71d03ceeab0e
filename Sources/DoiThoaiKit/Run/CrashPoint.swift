import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Moments where the crash-safety test (CrashSafetyTests) kills a run with SIGKILL, chosen
/// by the environment variable `DOITHOAI_TEST_CRASH_AT`. Unset — always, outside that
/// test — each point costs one comparison. The test proves that a run killed there leaves
/// the previous outputs whole and the registry consistent, and that the next run completes.
public enum CrashPoint: String, CaseIterable, Sendable {
    /// Every input file read and admitted, nothing written yet.
    case afterReading = "after-reading"
    /// Inside the registry's transaction, half of the new questions inserted.
    case midRegistryWrite = "mid-registry-write"
    /// Some workbooks written to the staging folder, others not yet.
    case midWorkbookWrite = "mid-workbook-write"
    /// Between two renames that move the staged outputs into place.
    case midCommit = "mid-commit"

    static let chosen = ProcessInfo.processInfo.environment["DOITHOAI_TEST_CRASH_AT"].flatMap(CrashPoint.init(rawValue:))

    static func reach(_ point: CrashPoint) {
        if chosen == point { kill(getpid(), SIGKILL) }
    }
}
