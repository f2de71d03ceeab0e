import Foundation
import XCTest

/// The externally written test data in `../shared/testdata/` beside the project (never
/// copied into it: several sets are for research use only).
///
/// A user's clone has no `../shared`: tests that need it are skipped with a message. In CI
/// (`CI=true`) it is always there, so a missing file fails the test instead.
enum TestData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/testdata")

    /// The file or folder at `path` below testdata, or a skip (a failure in CI) when absent.
    static func url(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let url = root.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let message = "test data missing: \(url.path) (../shared/testdata beside the project)"
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail(message, file: file, line: line)
            throw XCTSkip(message)
        }
        throw XCTSkip(message)
    }

    static func bytes(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(path, file: file, line: line)))
    }
}
