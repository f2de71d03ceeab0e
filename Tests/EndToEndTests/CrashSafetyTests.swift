import Foundation
import XCTest

/// A run killed with SIGKILL at any moment leaves the previous outputs whole and the
/// registry consistent, and the next run completes as if nothing had happened.
///
/// The example campaign arrives in two nights: the first without some files, the second
/// with all of them (new questions and answers). The second night is killed — at named
/// points (`DOITHOAI_TEST_CRASH_AT`, see CrashPoint.swift) and at moments chosen by a
/// timer — and the state it leaves is checked against the first night's, then completed
/// and compared with a second night that was never interrupted.
final class CrashSafetyTests: XCTestCase {
    static let heldBack = ["questions/xa-yen-tho.csv", "questions/xa-xuan-truong.csv", "questions/xa-trung-khanh.csv",
                           "questions/zalo-tinh-doan-sau-hoi-nghi.csv", "answers/tinh-doan.csv"]
    static let arguments = ["run", "--input", "input", "--output", "output", "--today", "2025-11-01"]

    var work: Workdir!

    override func setUpWithError() throws {
        work = try Workdir("crash")
        try Self.prepareFirstNight(in: work)
    }

    override func tearDown() {
        work.remove()
    }

    /// The example without its training file (a faster run) and without the held-back files.
    static func prepareFirstNight(in work: Workdir) throws {
        try work.copy(packageFolder: "input", to: "input")
        try FileManager.default.removeItem(at: work.url("input/training"))
        try FileManager.default.createDirectory(at: work.url("later"), withIntermediateDirectories: true)
        for (index, file) in heldBack.enumerated() {
            try FileManager.default.moveItem(at: work.url("input/" + file), to: work.url("later/\(index)"))
        }
    }

    static func bringSecondNight(in work: Workdir) throws {
        for (index, file) in heldBack.enumerated() {
            try FileManager.default.moveItem(at: work.url("later/\(index)"), to: work.url("input/" + file))
        }
    }

    /// questions.csv after two uninterrupted nights.
    static let reference: Result<String, Error> = Result {
        let work = try Workdir("crash-reference")
        defer { work.remove() }
        try prepareFirstNight(in: work)
        guard try work.run(arguments).status == 0 else { throw CocoaError(.executableLoad) }
        try bringSecondNight(in: work)
        guard try work.run(arguments).status == 0 else { throw CocoaError(.executableLoad) }
        return try work.read("output/questions.csv")
    }

    func testAKillAtEachNamedPointLeavesOutputsAndRegistryWhole() throws {
        XCTAssertEqual(try work.run(Self.arguments).status, 0)
        let firstNight = work!
        for point in ["after-reading", "mid-registry-write", "mid-workbook-write", "mid-commit"] {
            work = try Workdir("crash")
            defer { work.remove() }
            for folder in ["input", "later", "output"] {
                try FileManager.default.copyItem(at: firstNight.url(folder), to: work.url(folder))
            }
            try killedSecondNight(at: point)
        }
        work = firstNight
    }

    /// Kills the second night at `point`, checks what it left, then completes it.
    func killedSecondNight(at point: String) throws {
        let firstOutputs = try outputs()
        let firstCount = try questionCount()
        try Self.bringSecondNight(in: work)

        let killed = try work.run(Self.arguments, environment: ["DOITHOAI_TEST_CRASH_AT": point])
        XCTAssertTrue(killed.killed && killed.status == SIGKILL, "\(point): not killed: \(killed)")
        XCTAssertEqual(try integrity(), "ok", point)
        let registryWritten = point == "mid-workbook-write" || point == "mid-commit"
        XCTAssertEqual(try questionCount() > firstCount, registryWritten, "\(point): registry all or nothing")
        if point == "mid-commit" {
            try assertEveryOutputWhole(point)
        } else {
            XCTAssertEqual(try outputs(), firstOutputs, "\(point): the first night's outputs must stay byte for byte")
        }
        let status = try work.run(["status", "--output", "output"])
        XCTAssertEqual(status.status, 1, "\(point): \(status)")
        XCTAssertTrue(status.stdout.contains("bị dừng giữa chừng"), "\(point): \(status)")

        try assertTheNextRunCompletes(point)
    }

    func testAKillAtTimedMomentsLeavesEverythingWhole() throws {
        XCTAssertEqual(try work.run(Self.arguments).status, 0)
        try Self.bringSecondNight(in: work)
        for delay in [0.05, 0.4, 0.8, 1.2] {
            let process = Process()
            process.executableURL = Workdir.productsDirectory.appendingPathComponent("doithoai")
            process.arguments = Self.arguments
            process.currentDirectoryURL = work.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // `status` first: it must read a registry a kill left with an unfinished transaction.
            let status = try work.run(["status", "--output", "output"])
            XCTAssertTrue(status.stdout.contains("Lần chạy #"), "killed after \(delay) s: \(status)")
            XCTAssertEqual(try integrity(), "ok", "killed after \(delay) s")
            try assertEveryOutputWhole("killed after \(delay) s")
        }
        try assertTheNextRunCompletes("after the timed kills")
    }

    func assertTheNextRunCompletes(_ context: String) throws {
        let next = try work.run(Self.arguments)
        XCTAssertEqual(next.status, 0, "\(context): \(next)")
        XCTAssertEqual(try work.read("output/questions.csv"), try Self.reference.get(), "\(context): same as an uninterrupted night")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.url("output").path)
            .filter { $0.hasPrefix(".staging-") || $0.hasPrefix(".old-") }
        XCTAssertEqual(leftovers, [], context)
        XCTAssertEqual(try work.run(["status", "--output", "output"]).status, 0, context)
    }

    /// Every output file can be used: workbooks are valid zip files, JSON parses, CSV is text.
    func assertEveryOutputWhole(_ context: String) throws {
        for (name, data) in try outputs() {
            if name.hasSuffix(".xlsx") {
                let test = try CommandResult.of(URL(fileURLWithPath: "/usr/bin/unzip"), ["-tq", work.url("output/" + name).path], in: work.root)
                XCTAssertEqual(test.status, 0, "\(context): \(name) is not whole: \(test)")
            } else if name.hasSuffix(".json") {
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "\(context): \(name)")
            } else if name.hasSuffix(".csv") {
                XCTAssertTrue(String(data: data, encoding: .utf8)?.hasSuffix("\r\n") ?? false, "\(context): \(name)")
            }
        }
    }

    /// Every output, by path under output/ (the registry and hidden files aside).
    func outputs() throws -> [String: Data] {
        let root = work.url("output")
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                  !url.lastPathComponent.hasPrefix("registry.sqlite") else { continue }
            files[String(url.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    func integrity() throws -> String {
        try sqlite("PRAGMA integrity_check").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func questionCount() throws -> Int {
        Int(try sqlite("SELECT count(*) FROM question").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func sqlite(_ sql: String) throws -> String {
        try RegistryFile(path: work.url("output/registry.sqlite").path).query(sql)
    }
}
