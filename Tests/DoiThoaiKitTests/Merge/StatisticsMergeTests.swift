import Foundation
import XCTest
@testable import DoiThoaiKit

/// Reading, checking and adding up the provinces' `statistics.json` (pure: no workbook).
final class StatisticsMergeTests: XCTestCase {
    static func count(_ key: String, _ count: Int, label: String? = nil) -> Statistics.Count {
        Statistics.Count(key: key, label: label ?? key, count: count)
    }

    /// A province's statistics with the given topics and statuses; sources and categories follow the total.
    static func statistics(_ province: String, year: Int = 2025, topics: [Statistics.Count],
                           statuses: [String: Int] = [:]) -> Statistics {
        let questions = topics.map(\.count).reduce(0, +)
        return Statistics(
            province: province, year: year, generatedOn: "2025-08-25", questions: questions, groups: questions - 1, units: 2,
            byTopic: topics, byUnit: [count("1501", questions, label: "Xã Đàm Thủy")],
            bySource: [count("commune", questions - 1), count("youth_union", 1)],
            byCategory: [count("khong-ro", questions)],
            byStatus: QuestionStatus.allCases.map { count($0.rawValue, statuses[$0.rawValue] ?? 0, label: $0.label) },
            byTopicAndStatus: [:])
    }

    static let caoBang = ProvinceStatistics(file: "cao-bang.json", statistics: statistics(
        "Cao Bằng", topics: [count("viec-lam", 3, label: "Việc làm"), count("khoi-nghiep", 2, label: "Khởi nghiệp")],
        statuses: ["answered_in_writing": 2, "referred": 1, "overdue": 2]))
    static let thaiNguyen = ProvinceStatistics(file: "thai-nguyen.json", statistics: statistics(
        "Thái Nguyên", topics: [count("khoi-nghiep", 4, label: "Khởi nghiệp, lập nghiệp"), count("che", 1, label: "Cây chè")],
        statuses: ["answered_at_dialogue": 1, "answered": 1, "pending": 3]))

    func json(_ statistics: Statistics) throws -> Data { try JSONOutput.data(statistics) }

    // MARK: - Adding up

    func testProvincesAreSummedInTheOrderGiven() throws {
        let national = try StatisticsMerge.merge([Self.caoBang, Self.thaiNguyen])
        XCTAssertEqual(national.provinces.map(\.name), ["Cao Bằng", "Thái Nguyên"])
        XCTAssertEqual(national.questions, 10)
        XCTAssertEqual(national.provinces.map(\.questions), [5, 5])
        XCTAssertEqual(national.provinces.map(\.file), ["cao-bang.json", "thai-nguyen.json"])
        XCTAssertEqual(national.bySource.rows.map(\.total), [8, 2])
        XCTAssertEqual(national.byStatus.totals(provinces: 2), [5, 5])
    }

    func testAnsweredCountsEveryFormOfAnswerAndReferralButNotPendingOrOverdue() throws {
        let national = try StatisticsMerge.merge([Self.caoBang, Self.thaiNguyen])
        XCTAssertEqual(national.provinces.map(\.answered), [3, 2])
        XCTAssertEqual(national.provinces.map(\.overdue), [2, 0])
        XCTAssertEqual(national.provinces.map(\.pending), [0, 3])
    }

    /// A province may add topics of its own: the national list is the union, in first-seen
    /// order, labelled as the first file labels it, zero where a province lacks the topic.
    func testTopicsAreTheUnionInFirstSeenOrderWithTheFirstLabel() throws {
        let rows = try StatisticsMerge.merge([Self.caoBang, Self.thaiNguyen]).byTopic.rows
        XCTAssertEqual(rows.map(\.key), ["viec-lam", "khoi-nghiep", "che"])
        XCTAssertEqual(rows.map(\.label), ["Việc làm", "Khởi nghiệp", "Cây chè"])
        XCTAssertEqual(rows.map(\.counts), [[3, 0], [2, 4], [0, 1]])
        XCTAssertEqual(rows.map(\.total), [3, 6, 1])
    }

    // MARK: - Refusals

    func testTheSameProvinceAndYearTwiceIsRefusedNamingBothFiles() {
        var again = Self.caoBang
        again.file = "cao-bang-lan-2.json"
        again.statistics.province = "CAO BANG"  // typed without diacritics, in capitals: still the same province
        XCTAssertThrowsError(try StatisticsMerge.merge([Self.caoBang, Self.thaiNguyen, again])) { error in
            let refusal = error as? MergeRefusal
            XCTAssertEqual(refusal?.problems, [.duplicate(file: "cao-bang-lan-2.json", earlier: "cao-bang.json", province: "CAO BANG", year: 2025)])
            XCTAssertTrue("\(error)".contains("cao-bang-lan-2.json") && "\(error)".contains("cao-bang.json"), "\(error)")
        }
    }

    func testTheSameFileNamedTwiceIsRefusedAsSuch() {
        let problems = StatisticsMerge.duplicates([Self.caoBang, Self.caoBang])
        XCTAssertEqual(problems.map(\.description), ["Tệp cao-bang.json được nêu hai lần (số liệu tỉnh Cao Bằng năm 2025) — mỗi tệp chỉ nêu một lần."])
    }

    func testTheSameProvinceInAnotherYearIsNotADuplicate() throws {
        var lastYear = Self.caoBang
        lastYear.file = "cao-bang-2024.json"
        lastYear.statistics.year = 2024
        XCTAssertEqual(try StatisticsMerge.merge([lastYear, Self.caoBang]).years, [2024, 2025])
    }

    func testAnotherSchemaVersionIsRefusedNamingFileVersionAndWhatToDo() throws {
        var newer = Self.caoBang.statistics
        newer.schemaVersion = 2
        guard case .failure(let problem) = StatisticsMerge.decode(try json(newer), file: "cao-bang.json") else {
            return XCTFail("version 2 was read")
        }
        XCTAssertEqual(problem, .unknownSchema(file: "cao-bang.json", found: "2"))
        XCTAssertTrue(problem.description.contains("schema_version là 2"), problem.description)
        XCTAssertTrue(problem.description.contains("chạy lại doithoai run bằng bản phát hành hiện hành"), problem.description)
    }

    func testAMissingOrMistypedSchemaVersionIsRefused() throws {
        let text = String(decoding: try json(Self.caoBang.statistics), as: UTF8.self)
        let cases: [(String, String?)] = [
            (text.replacingOccurrences(of: "\"schema_version\" : 1,", with: ""), nil),
            (text.replacingOccurrences(of: "\"schema_version\" : 1", with: "\"schema_version\" : \"1\""), "\"1\""),
            (text.replacingOccurrences(of: "\"schema_version\" : 1", with: "\"schema_version\" : 1.5"), "1.5"),
        ]
        for (json, found) in cases {
            XCTAssertEqual(StatisticsMerge.decode(Data(json.utf8), file: "a.json").failure, .unknownSchema(file: "a.json", found: found))
        }
        let missing = MergeProblem.unknownSchema(file: "a.json", found: nil).description
        XCTAssertTrue(missing.contains("không có trường schema_version"), missing)
    }

    /// Another engineer may add optional fields to `statistics.json`; this release must still read it.
    func testUnknownFieldsAreIgnored() throws {
        let text = String(decoding: try json(Self.caoBang.statistics), as: UTF8.self)
            .replacingOccurrences(of: "\"schema_version\" : 1,", with: "\"schema_version\" : 1, \"by_age\" : [],")
        XCTAssertEqual(try StatisticsMerge.decode(Data(text.utf8), file: "a.json").get(), Self.caoBang.statistics)
    }

    func testBadJSONIsNamedWithTheFileAndTheProblem() throws {
        let text = String(decoding: try json(Self.caoBang.statistics), as: UTF8.self)
        let cases: [(String, String)] = [
            ("", "không đọc được JSON: tệp trống"),
            ("{\"schema_version\": 1, ", "không đọc được JSON: tệp kết thúc giữa chừng"),
            ("{\n \"schema_version\": x\n}", "không đọc được JSON: sai cú pháp ở dòng 2, cột 20"),
            ("[1, 2]", "không phải một đối tượng JSON"),
            (text.replacingOccurrences(of: "\"by_status\"", with: "\"status\""), "thiếu trường \"by_status\""),
            (text.replacingOccurrences(of: "\"questions\" : 5", with: "\"questions\" : \"năm\""), "trường \"questions\" phải là một số"),
            (text.replacingOccurrences(of: "\"count\" : 3", with: "\"count\" : null"), "trường \"by_topic[0].count\" để trống (null)"),
        ]
        for (json, expected) in cases {
            guard case .invalidJSON(let file, let problem)? = StatisticsMerge.decode(Data(json.utf8), file: "a.json").failure else {
                XCTFail("not refused as bad JSON: \(json.prefix(40))")
                continue
            }
            XCTAssertEqual(file, "a.json")
            XCTAssertTrue(problem.contains(expected), "\(problem) lacks \(expected)")
        }
    }

    /// Every problem is reported at once, so that the officer fixes them all before the next try.
    func testEveryProblemOfEveryFileIsReportedTogether() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ data: Data) throws -> String {
            try data.write(to: folder.appendingPathComponent(name))
            return folder.appendingPathComponent(name).path
        }
        var newer = Self.thaiNguyen.statistics
        newer.schemaVersion = 3
        let files = [try file("good.json", json(Self.caoBang.statistics)), try file("bad.json", Data("{".utf8)),
                     try file("newer.json", json(newer)), folder.appendingPathComponent("missing.json").path,
                     try file("again.json", json(Self.caoBang.statistics))]
        XCTAssertThrowsError(try StatisticsMerge.load(files)) { error in
            let problems = (error as? MergeRefusal)?.problems ?? []
            XCTAssertEqual(problems.count, 4, "\(error)")
            guard problems.count == 4 else { return }
            XCTAssertEqual(problems[2], .unreadable(file: files[3], reason: "không tìm thấy tệp"))
            XCTAssertEqual(problems[3], .duplicate(file: files[4], earlier: files[0], province: "Cao Bằng", year: 2025))
        }
        XCTAssertEqual(StatisticsMerge.read([]).problems, [.noFiles])
        XCTAssertThrowsError(try StatisticsMerge.merge([]), "an empty national workbook")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
