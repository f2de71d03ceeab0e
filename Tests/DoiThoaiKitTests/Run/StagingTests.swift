import XCTest
@testable import DoiThoaiKit

final class StagingTests: XCTestCase {
    var output: URL!

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: output)
    }

    func files() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted()
    }

    func testNothingReachesTheOutputBeforeCommit() throws {
        try Data("old".utf8).write(to: output.appendingPathComponent("questions.csv"))
        do {
            let staging = try Staging(output: output)
            try staging.write(Data("new".utf8), to: "questions.csv")
            try staging.write(Data("x".utf8), to: "units/xa-dam-thuy.xlsx")
            // Dropped without commit, as when a later output fails.
        }
        XCTAssertEqual(try files(), ["questions.csv"])
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("questions.csv"), encoding: .utf8), "old")
    }

    func testAFileWrittenInPiecesHoldsThemInOrder() throws {
        let staging = try Staging(output: output)
        try staging.write(to: "questions.csv") { append in
            for piece in ["mã,nội dung\r\n", "CB25-0001,\"Đề nghị\"\r\n", ""] { try append(piece) }
        }
        try staging.commit()
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("questions.csv"), encoding: .utf8),
                       "mã,nội dung\r\nCB25-0001,\"Đề nghị\"\r\n")
    }

    func testCommitReplacesFilesAndSwapsFoldersWhole() throws {
        try FileManager.default.createDirectory(at: output.appendingPathComponent("units"), withIntermediateDirectories: true)
        try Data("gone".utf8).write(to: output.appendingPathComponent("units/xa-cu.xlsx"))
        let staging = try Staging(output: output)
        try staging.write(Data("new".utf8), to: "questions.csv")
        try staging.write(Data("x".utf8), to: "units/xa-dam-thuy.xlsx")
        try staging.commit()
        XCTAssertEqual(try files(), ["questions.csv", "units", "units/xa-dam-thuy.xlsx"])
    }

    func testLeftoversOfAKilledRunAreRemoved() throws {
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".staging-99999/units"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".old-units-99999"), withIntermediateDirectories: true)
        let staging = try Staging(output: output)
        try staging.commit()
        XCTAssertEqual(try files(), [])
    }
}
