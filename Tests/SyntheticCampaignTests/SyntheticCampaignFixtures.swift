import DoiThoaiKit
import Foundation
@testable import SyntheticCampaign

/// Temporary folders and the example campaigns, for the synthetic campaign tests.
enum SyntheticCampaignFixtures {
    /// The package root, found from this file's place (not from the working directory).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let caoBang = packageRoot.appendingPathComponent("input")
    static let thaiNguyen = packageRoot.appendingPathComponent("examples/thai-nguyen-2025")

    static func temporaryFolder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(name)-\(UUID().uuidString)")
    }

    static func facts(_ input: URL = caoBang) throws -> CampaignFacts {
        CampaignFacts(try CampaignLoader.load(contentsOf: input.appendingPathComponent("campaign.yml")))
    }

    /// Every file under `folder` by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        var files: [String: Data] = [:]
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
