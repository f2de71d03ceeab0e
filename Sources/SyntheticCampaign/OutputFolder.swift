import Foundation

/// The folder a campaign is written to, built in a hidden sibling and renamed into place
/// when complete, so an interrupted run never leaves half a campaign. An earlier synthetic
/// campaign there is replaced; any other non-empty folder is left alone.
struct OutputFolder {
    let destination: URL
    /// Where the campaign is written first.
    let staging: URL

    init(_ destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        try Self.checkReplaceable(self.destination)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Moves the finished campaign into place, replacing an earlier one.
    func commit() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination.path) { try fm.removeItem(at: destination) }
        try fm.moveItem(at: staging, to: destination)
    }

    /// Removes the staging folder after a failure.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    static func checkReplaceable(_ folder: URL) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        let entries = isDirectory.boolValue ? (try? fm.contentsOfDirectory(atPath: folder.path)) : nil
        if entries?.isEmpty == true { return }
        guard entries?.contains(SyntheticCampaignManifest.fileName) == true else {
            throw SyntheticCampaignError.notSynthetic(path: folder.path)
        }
    }
}
