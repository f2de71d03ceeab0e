import Foundation
import XCTest

/// A fresh temporary folder in which the built `doithoai` binary runs, as a user would
/// run it (after xsv's tests/workdir.rs).
final class Workdir {
    let root: URL

    /// The package root, found from this file's place (not from the working directory).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where SwiftPM put the products: beside the test bundle.
    static var productsDirectory: URL {
        #if os(macOS)
        return Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }!.bundleURL.deletingLastPathComponent()
        #else
        return Bundle.main.bundleURL
        #endif
    }

    init(_ name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("doithoai-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Copies a folder of the package (e.g. `input`) into the work folder.
    func copy(packageFolder: String, to relative: String) throws {
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent(packageFolder), to: url(relative))
    }

    func write(_ text: String, to relative: String) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func json(_ relative: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(relative))) as! [String: Any]
    }

    /// Runs `doithoai` with the arguments, in the work folder; `environment` is added to the test's own.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandResult.of(Self.productsDirectory.appendingPathComponent("doithoai"), arguments, in: root,
                             environment: environment)
    }
}

/// What a command printed and how it exited; printed whole when a test fails.
struct CommandResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Standard output as bytes, for commands whose output is not UTF-8.
    var stdoutData = Data()

    /// True when the process was killed by a signal; `status` is then the signal's number.
    var killed = false

    static func of(_ executable: URL, _ arguments: [String], in folder: URL,
                   environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self), stdoutData: stdout,
                             killed: process.terminationReason == .uncaughtSignal)
    }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
}

/// The parts of an .xlsx file, read with unzip as libxlsxwriter's own tests do.
struct XLSXParts {
    let path: String

    var names: [String] { (try? Self.unzip(["-Z1", path]))?.split(separator: "\n").map(String.init) ?? [] }

    func part(_ name: String) throws -> String { try Self.unzip(["-p", path, name]) }

    /// Sheet names in workbook order, from xl/workbook.xml.
    func sheetNames() throws -> [String] {
        try part("xl/workbook.xml").components(separatedBy: "<sheet name=\"").dropFirst()
            .map { XMLText.unescape(String($0.prefix { $0 != "\"" })) }
    }

    /// Every text in the workbook: shared strings, inline strings, sheet and chart XML.
    func allText() throws -> String {
        // "[Content_Types].xml" would be a wildcard pattern to unzip; it holds no text anyway.
        try names.filter { $0.hasSuffix(".xml") && !$0.contains("[") }.map { XMLText.unescape(try part($0)) }.joined(separator: "\n")
    }

    static func unzip(_ arguments: [String]) throws -> String {
        let result = try CommandResult.of(URL(fileURLWithPath: "/usr/bin/unzip"), arguments, in: URL(fileURLWithPath: "/"))
        guard result.status == 0 else { throw NSError(domain: "unzip", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.description]) }
        return result.stdout
    }
}

enum XMLText {
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
