import Foundation
import XCTest

/// Every external corpus through the whole run: whatever the files hold, the run report
/// proves that rows read = accepted + known + rejected, and the run completes.
final class CorpusRunTests: XCTestCase {
    /// ../shared/testdata beside the project; skipped without it, failed in CI.
    static let testdata = Workdir.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")

    func testEveryCorpusIsAccountedForRowByRow() throws {
        guard FileManager.default.fileExists(atPath: Self.testdata.path) else {
            let message = "test data missing: \(Self.testdata.path)"
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail(message) }
            throw XCTSkip(message)
        }
        let work = try Workdir("corpora")
        defer { work.remove() }
        try work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/one-unit-campaign", to: "input")
        let folders = ["csv-conformance/csv-spectrum/csvs", "csv-conformance/csv-test-data/csv",
                       "csv-conformance/gebi-evil-csv", "uit-vicov19qa/1_ans", "legacy-encodings/derived_vectors",
                       "admin-units-2025"]
        try FileManager.default.createDirectory(at: work.url("input/questions"), withIntermediateDirectories: true)
        var copied = 0
        for folder in folders {
            let source = Self.testdata.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".csv") || name.hasSuffix(".txt") {
                let prefix = folder.replacingOccurrences(of: "/", with: "_")
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: work.url("input/questions/\(prefix)_\(name)"))
                copied += 1
            }
        }
        let result = try work.run(["run", "--input", "input", "--output", "output"])
        XCTAssertEqual(result.status, 0, "\(result)")
        let report = try work.json("output/run-report.json")
        let rows = report["rows"] as! [String: Int]
        XCTAssertEqual(rows["read"], rows["accepted"]! + rows["known"]! + rows["rejected"]!, "\(rows)")
        let files = report["files"] as! [[String: Any]]
        XCTAssertEqual(files.count, copied)
        for file in files {
            let fileRows = file["rows"] as! [String: Int]
            XCTAssertEqual(fileRows["read"], fileRows["accepted"]! + fileRows["known"]! + fileRows["rejected"]!, "\(file["name"]!)")
        }
        // The 4,500 real questions are in (one is empty upstream, and duplicates are known).
        XCTAssertGreaterThan(rows["accepted"]!, 4000)
    }
}
