import DoiThoaiKit
import Foundation
import XCTest
@testable import SyntheticCampaign

final class CampaignSynthesizerTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
    }

    private func folder(_ name: String) -> URL {
        let url = SyntheticCampaignFixtures.temporaryFolder(name)
        folders.append(url)
        return url
    }

    private func synthesize(_ options: SyntheticCampaignOptions, from input: URL = SyntheticCampaignFixtures.caoBang,
                            name: String = "campaign") throws -> (URL, SyntheticCampaignManifest) {
        let output = folder(name)
        return (output, try CampaignSynthesizer.write(from: input, to: output, options: options))
    }

    func testSameSeedWritesTheSameBytes() throws {
        let (first, _) = try synthesize(SyntheticCampaignOptions(questions: 1500, seed: 7), name: "first")
        let (second, _) = try synthesize(SyntheticCampaignOptions(questions: 1500, seed: 7), name: "second")
        let (other, _) = try synthesize(SyntheticCampaignOptions(questions: 1500, seed: 8), name: "other")
        let firstFiles = try SyntheticCampaignFixtures.contents(of: first)
        XCTAssertEqual(firstFiles, try SyntheticCampaignFixtures.contents(of: second))
        XCTAssertNotEqual(firstFiles, try SyntheticCampaignFixtures.contents(of: other))
        XCTAssertNotNil(firstFiles["campaign.yml"])
    }

    /// Read as the pipeline reads them: every row read, new, known or rejected as generated.
    func testRequestedRowsAreReadAndAccountedAsGenerated() throws {
        let (input, manifest) = try synthesize(SyntheticCampaignOptions(questions: 2000, seed: 3))
        let outcome = try CampaignCheck.check(RunOptions(input: input, output: folder("check"), today: Day(iso: "2025-09-01")))
        let rows = outcome.report.rows
        XCTAssertEqual(manifest.rows, 2000)
        XCTAssertEqual(rows.read, 2000)
        XCTAssertEqual(rows.accepted, manifest.newQuestions)
        XCTAssertEqual(rows.known, manifest.resentRows)
        XCTAssertEqual(rows.rejected, manifest.badRows)
        XCTAssertEqual(manifest.newQuestions + manifest.resentRows + manifest.badRows, 2000)
        XCTAssertGreaterThan(manifest.resentRows, 0)
        XCTAssertGreaterThan(manifest.badRows, 0)
        XCTAssertEqual(outcome.report.files.filter { $0.kind == "questions" }.count, manifest.questionFiles)
        XCTAssertTrue(outcome.report.answers.rejections.isEmpty, "\(outcome.report.answers.rejections.prefix(3))")
    }

    /// The pipeline end to end on a small campaign: only the intended bad rows rejected, every
    /// answer's code known, and about 30% of the questions joining another's group.
    func testSmallCampaignRunsThroughThePipeline() throws {
        let (input, manifest) = try synthesize(SyntheticCampaignOptions(questions: 300, seed: 1))
        let outcome = try NightlyRun.run(RunOptions(input: input, output: folder("run"), today: Day(iso: "2025-09-01")))
        let report = outcome.report
        XCTAssertEqual(report.rows.read, 300)
        XCTAssertEqual(report.rows.rejected, manifest.badRows)
        XCTAssertTrue(report.rejections.allSatisfy { $0.reason.contains("nội dung") }, "\(report.rejections)")
        XCTAssertEqual(report.answers.rejected, 0, "\(report.answers.rejections.prefix(3))")
        XCTAssertEqual(report.answers.joined, manifest.answers)
        let questions = outcome.snapshot.questions.count
        let joined = Double(questions - outcome.snapshot.groups.count) / Double(questions)
        let inGroups = outcome.snapshot.groups.filter { $0.members.count > 1 }.reduce(0) { $0 + $1.members.count }
        print(String(format: "synthetic 300: %d questions, %d groups, %.1f%% joined another's group, %.1f%% in groups of several",
                     questions, outcome.snapshot.groups.count, 100 * joined, 100 * Double(inGroups) / Double(questions)))
        XCTAssertEqual(joined, 0.30, accuracy: 0.08)
        XCTAssertEqual(Double(inGroups) / Double(questions), 0.33, accuracy: 0.10)
    }

    /// Thái Nguyên has two communes whose names fold alike (Văn Lăng, Vạn Lãng): their files
    /// carry a unit column, and no row lands on an unknown or ambiguous unit.
    func testUnitsTheFileNameCannotTellApartGetAUnitColumn() throws {
        let (input, manifest) = try synthesize(SyntheticCampaignOptions(questions: 600, seed: 2),
                                               from: SyntheticCampaignFixtures.thaiNguyen)
        let outcome = try CampaignCheck.check(RunOptions(input: input, output: folder("check")))
        XCTAssertEqual(outcome.report.rows.rejected, manifest.badRows, "\(outcome.report.rejections.prefix(3))")
        let withUnitColumn = try FileManager.default.contentsOfDirectory(atPath: input.appendingPathComponent("questions").path)
            .filter { $0.hasPrefix("xa-van-lang") }
        XCTAssertEqual(withUnitColumn.count, 2)
        let header = try String(contentsOf: input.appendingPathComponent("questions/\(withUnitColumn[0])"), encoding: .utf8)
            .prefix { $0 != "\n" }
        XCTAssertEqual(header, "STT,Đơn vị,Họ tên,Năm sinh,Đối tượng,Địa chỉ,Số điện thoại,Nội dung")
    }

    func testFewerFilesWhenAskedAndNoEmptyOnes() throws {
        let (few, manifest) = try synthesize(SyntheticCampaignOptions(questions: 100, seed: 4, files: 5, answerShare: 0))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: few.appendingPathComponent("questions").path).count, 5)
        XCTAssertEqual(manifest.rows, 100)
        XCTAssertEqual(manifest.answers, 0)
        let (tiny, tinyManifest) = try synthesize(SyntheticCampaignOptions(questions: 10, seed: 4), name: "tiny")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tiny.appendingPathComponent("questions").path).count, 10)
        XCTAssertEqual(tinyManifest.questionFiles, 10)
    }

    func testReplacesAnEarlierSyntheticCampaignButNoOtherFolder() throws {
        let (output, _) = try synthesize(SyntheticCampaignOptions(questions: 50, seed: 1))
        let second = try CampaignSynthesizer.write(from: SyntheticCampaignFixtures.caoBang, to: output,
                                                   options: SyntheticCampaignOptions(questions: 80, seed: 1))
        XCTAssertEqual(second.rows, 80)
        let other = folder("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: other.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try CampaignSynthesizer.write(from: SyntheticCampaignFixtures.caoBang, to: other,
                                                           options: SyntheticCampaignOptions(questions: 10))) {
            XCTAssertEqual($0 as? SyntheticCampaignError, .notSynthetic(path: other.standardizedFileURL.path))
        }
        XCTAssertEqual(try String(contentsOf: other.appendingPathComponent("notes.txt"), encoding: .utf8), "keep")
    }
}
