import Foundation

/// `doithoai purge-personal --before DATE`: after the campaign, removes the askers'
/// personal data from the registry, under the run lock so no run writes meanwhile.
public enum PersonalDataPurge {
    /// Returns how many questions had personal data cleared.
    public static func purge(_ options: RunOptions, before day: Day) throws -> Int {
        guard FileManager.default.fileExists(atPath: options.registryPath) else {
            throw RunError.registry(path: options.registryPath, reason: "chưa có sổ đăng ký (chưa chạy lần nào)")
        }
        let lock = try RunLock(folder: options.output)
        defer { withExtendedLifetime(lock) {} }
        let registry = try NightlyRun.openRegistry(options.registryPath)
        return try registry.purgePersonal(before: day)
    }
}
