import Foundation
import XCTest
@testable import DoiThoaiKit

/// Golden files of the workbooks' XML parts: every part of the consolidated, statistics,
/// department and unit workbooks of a small fixed snapshot, written with a fixed creation
/// time, must equal the file kept in `Golden/`. Any change to what a workbook holds or how
/// it is laid out shows up here as a diff to review.
///
/// After an intended change: `DOITHOAI_UPDATE_GOLDEN=1 swift test --filter WorkbookGoldenTests`,
/// then read `git diff Tests/DoiThoaiKitTests/Report/Golden` before committing.
final class WorkbookGoldenTests: XLSXTestCase {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let creationTime = Date(timeIntervalSince1970: 1_756_166_400)  // 2025-08-26 00:00 UTC
    var updating: Bool { ProcessInfo.processInfo.environment["DOITHOAI_UPDATE_GOLDEN"] == "1" }

    /// The four kinds of workbook, written from `Fixtures.snapshot()`.
    func writeWorkbooks() throws -> [String: String] {
        let snapshot = Fixtures.snapshot()
        let views = GroupView.all(in: snapshot)
        let unitQuestions = snapshot.questions.indices.filter { snapshot.questions[$0].question.unitCode == Fixtures.damThuy.code }
        let bodies: [(String, (XLSXWorkbook) throws -> Void)] = [
            ("tong-hop", { try ConsolidatedWorkbook(snapshot: snapshot, views: views, progress: Progress(snapshot)).write(to: $0) }),
            ("thong-ke", { try StatisticsWorkbook(statistics: Statistics(snapshot), campaign: snapshot.campaign, today: snapshot.today).write(to: $0) }),
            ("co-quan-stc", { try DepartmentWorkbook(snapshot: snapshot, views: views, department: snapshot.campaign.departments[1]).write(to: $0) }),
            ("don-vi-dam-thuy", { try UnitWorkbook(snapshot: snapshot, unit: Fixtures.damThuy, positions: unitQuestions).write(to: $0) }),
        ]
        var paths: [String: String] = [:]
        for (name, body) in bodies {
            let file = path("\(name).xlsx")
            // As OutputWriter writes them: streamed, except the statistics workbook with its charts.
            let options = WorkbookStyle.options(Self.creationTime, title: name, streamed: name != "thong-ke")
            let workbook = try XLSXWorkbook(path: file, options: options)
            try body(workbook)
            try workbook.close()
            paths[name] = file
        }
        return paths
    }

    func testEveryXMLPartMatchesItsGoldenFile() throws {
        for (name, file) in try writeWorkbooks().sorted(by: { $0.key < $1.key }) {
            let folder = Self.goldenFolder.appendingPathComponent(name)
            var expectedParts = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            for listed in try parts(file) where !listed.hasSuffix("/") {
                let partName = listed
                let golden = folder.appendingPathComponent(partName.replacingOccurrences(of: "/", with: "__"))
                expectedParts.remove(golden.lastPathComponent)
                // unzip reads a name as a pattern: "[Content_Types].xml" needs its brackets escaped.
                let actual = try part(file, partName.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]"))
                if updating {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try actual.write(to: golden, atomically: true, encoding: .utf8)
                    continue
                }
                guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
                    XCTFail("\(name): no golden file for \(partName) — run with DOITHOAI_UPDATE_GOLDEN=1 and review the diff")
                    continue
                }
                XCTAssertTrue(actual == expected, "\(name): \(partName) differs from \(golden.path)\n" + Self.firstDifference(actual, expected))
            }
            if !updating { XCTAssertEqual(expectedParts, [], "\(name): parts in Golden/ no longer written") }
        }
    }

    func testTheSameSnapshotGivesByteIdenticalWorkbooks() throws {
        let first = try writeWorkbooks().mapValues { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let second = try writeWorkbooks().mapValues { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        XCTAssertEqual(first, second)
    }

    /// Where two texts part, with some context, so a failure can be read without a diff tool.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = Array(actual.utf8), e = Array(expected.utf8)
        let index = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self)
        }
        return "at byte \(index):\n  written: …\(around(a))…\n  golden:  …\(around(e))…"
    }
}
