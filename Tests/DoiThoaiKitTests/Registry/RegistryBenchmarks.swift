import Foundation
import XCTest
@testable import DoiThoaiKit

/// The registry's one transaction on a first night (every question new) and on the rerun
/// after it (nothing new), into a file on disk. A measurement, not a test: run by
/// `make bench-parts` only (DOITHOAI_BENCH=1, release), asserting nothing about time.
final class RegistryBenchmarks: XCTestCase {
    func testRecordTime() throws {
        let sizes = try BenchSizes.from("DOITHOAI_BENCH_REGISTRY", default: "100000")
        for size in sizes {
            let night = Self.firstNight(size)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("registry-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("registry.sqlite").path
            let registry = try Registry(path: path)
            let first = try Self.seconds { try registry.record(night) }
            var rerun = night
            rerun.newQuestions = []
            let second = try Self.seconds { try registry.record(rerun) }
            let megabytes = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
            print(String(format: "registry: %d questions in %d groups: first night %.2f s, rerun %.2f s; file %.0f MB",
                         size, night.groups.count, first, second, megabytes))
        }
    }

    /// `size` new questions with askers, in groups of one to three, each group with a topic.
    static func firstNight(_ size: Int) -> RunRecord {
        let rows = (0..<size).map { index in
            Fixtures.incoming("Đề nghị tỉnh hỗ trợ vay vốn khởi nghiệp cho thanh niên xóm \(index % 400), câu số \(index)",
                              file: "f\(index / 1000).csv", row: index % 1000 + 2, name: "Nông Văn \(index % 97)")
        }
        let questions = Fixtures.questions(rows)
        var groups: [QuestionGroup] = []
        var topics: [String: TopicAssignment] = [:]
        var start = 0
        while start < questions.count {
            let members = questions[start..<min(questions.count, start + 1 + start % 3)].map(\.code)
            groups.append(QuestionGroup(code: members[0], members: members, units: ["Xã Đàm Thủy"]))
            topics[members[0]] = TopicAssignment(topic: "viec-lam", confidence: 0.4 + Double(start % 50) / 100, review: start % 7 == 0)
            start += members.count
        }
        return RunRecord(newQuestions: questions, groups: groups, topics: topics, runAt: Date())
    }

    static func seconds(_ work: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
