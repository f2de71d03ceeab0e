import Foundation

/// The input folder's layout (DESIGN.md §9): `campaign.yml`, `questions/`, `answers/`.
public struct InputFolder: Sendable {
    /// Extensions read as tables: Excel saves "Unicode text" as .txt.
    static let tableExtensions: Set<String> = ["csv", "txt", "tsv"]

    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    public var campaignFile: URL { url.appendingPathComponent("campaign.yml") }

    /// The files of a subfolder, by name in byte order (so codes are handed out the same
    /// way every night), split into tables to read and other files to report.
    public func files(in subfolder: String) throws -> (tables: [URL], others: [URL]) {
        let folder = url.appendingPathComponent(subfolder)
        guard FileManager.default.fileExists(atPath: folder.path) else { return ([], []) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let urls = names.map { folder.appendingPathComponent($0) }.filter { !Self.isDirectory($0) }
        let tables = urls.filter { Self.tableExtensions.contains($0.pathExtension.lowercased()) }
        return (tables, urls.filter { !tables.contains($0) })
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
