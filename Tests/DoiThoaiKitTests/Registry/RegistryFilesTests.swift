import GRDB
import XCTest
@testable import DoiThoaiKit

/// The registry's memory of input files: what lets an unchanged file go unparsed.
final class RegistryFilesTests: XCTestCase {
    let department = Department(code: "STC", name: "Sở Tài chính")

    func answersFile(hash: String, rows: Int) throws -> SeenFile {
        var reading = FileReading<Answer>(file: "so-tai-chinh.csv")
        reading.rowsRead = rows + 1
        reading.rows = (0..<rows).map {
            Answer(place: SourcePlace(file: "so-tai-chinh.csv", row: $0 + 2), code: "CB25-000\($0 + 1)",
                   department: department, text: "Trả lời \($0)", date: "18/08/2025", form: .inWriting,
                   action: PromisedAction(due: "31/12/2025"))
        }
        reading.reject(row: rows + 2, "mã câu hỏi trống")
        reading.contentHash = hash
        return reading.seen(.answers)
    }

    func testAnUnchangedFileIsGivenBackWithItsRowsAndRejections() throws {
        let registry = try Registry()
        let seen = try answersFile(hash: "h1", rows: 2)
        try registry.record(RunRecord(newQuestions: [], groups: [], files: [seen], settingsHash: "s", runAt: Date()))
        let memory = try registry.fileMemory(settingsHash: "s")
        let again = try XCTUnwrap(try memory.reading(.answers, name: "so-tai-chinh.csv", contentHash: "h1", as: Answer.self))
        XCTAssertTrue(again.unchanged)
        XCTAssertEqual(again.rows.map(\.code), ["CB25-0001", "CB25-0002"])
        XCTAssertEqual(again.rows.first?.action?.due, "31/12/2025")
        XCTAssertEqual(again.rows.first?.department, department)
        XCTAssertEqual(again.rejections.map(\.row), [4])
        XCTAssertEqual(again.rowsRead, 3)
    }

    func testOtherBytesOrOtherSettingsMeanReadingAgain() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: [], groups: [], files: [try answersFile(hash: "h1", rows: 1)],
                                      settingsHash: "s", runAt: Date()))
        XCTAssertNil(try registry.fileMemory(settingsHash: "s").reading(.answers, name: "so-tai-chinh.csv", contentHash: "h2", as: Answer.self))
        XCTAssertNil(try registry.fileMemory(settingsHash: "t").reading(.answers, name: "so-tai-chinh.csv", contentHash: "h1", as: Answer.self))
        XCTAssertNil(try registry.fileMemory(settingsHash: "s").reading(.corrections, name: "so-tai-chinh.csv", contentHash: "h1", as: Correction.self))
    }

    func testAFileReadAgainReplacesItsRowsAndAFileGoneIsForgotten() throws {
        let registry = try Registry()
        try registry.record(RunRecord(newQuestions: [], groups: [], files: [try answersFile(hash: "h1", rows: 3)], settingsHash: "s", runAt: Date()))
        try registry.record(RunRecord(newQuestions: [], groups: [], files: [try answersFile(hash: "h2", rows: 1)], settingsHash: "s", runAt: Date()))
        XCTAssertEqual(try registry.fileMemory(settingsHash: "s").reading(.answers, name: "so-tai-chinh.csv", contentHash: "h2", as: Answer.self)?.rows.count, 1)
        try registry.record(RunRecord(newQuestions: [], groups: [], files: [], settingsHash: "s", runAt: Date()))
        XCTAssertNil(try registry.fileMemory(settingsHash: "s").reading(.answers, name: "so-tai-chinh.csv", contentHash: "h2", as: Answer.self))
        XCTAssertEqual(try registry.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM answer") }, 0)
    }

    /// Registries written before fingerprints were hashed still recognise their rows.
    func testMigrationV4HashesFingerprintsWrittenInClear() throws {
        let queue = try DatabaseQueue()
        try RegistryMigrations.migrator.migrate(queue, upTo: "v3-system-of-record")
        let row = Fixtures.incoming("Đề nghị hỗ trợ vay vốn", name: "Nông Văn A")
        let clear = [row.unit.code, VietnameseText.matchKey(row.text), VietnameseText.fold("Nông Văn A")].joined(separator: "\u{1F}")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO question (code, sequence, fingerprint, unitCode, unitName, text, sourceFile, sourceRow, firstRunAt)
                VALUES ('CB25-0001', 1, ?, ?, 'x', ?, 'a.csv', 2, '2025-08-01T00:00:00Z')
                """, arguments: [clear, row.unit.code, row.text])
        }
        try RegistryMigrations.migrator.migrate(queue)
        let stored = try queue.read { try String.fetchOne($0, sql: "SELECT fingerprint FROM question") }
        XCTAssertEqual(stored, Question.fingerprint(of: row))
        XCTAssertFalse(stored!.contains("nong"))
    }
}

final class RunLogTests: XCTestCase {
    func testARunBegunAndNeverFinishedIsInterrupted() throws {
        let registry = try Registry()
        let first = try registry.beginRun(startedAt: Date(), today: Fixtures.answerDay)
        var report = RunReport(province: "Cao Bằng", year: 2025, startedAt: "", today: "")
        report.statuses = ["overdue": 5]
        try registry.finishRun(first, outcome: .completed, digest: RunDigest(report))
        report.statuses = ["overdue": 3, "answered": 2]
        let second = try registry.beginRun(startedAt: Date(), today: Fixtures.answerDay)
        try registry.finishRun(second, outcome: .completed, digest: RunDigest(report))
        _ = try registry.beginRun(startedAt: Date(), today: Fixtures.answerDay)
        let runs = try registry.runs()
        XCTAssertEqual(runs.map(\.outcome), [.interrupted, .completed, .completed])
        let status = RunStatus(runs: runs, runningNow: nil)
        XCTAssertFalse(status.healthy)
        XCTAssertTrue(status.text.contains("bị dừng giữa chừng"), status.text)
        XCTAssertTrue(status.text.contains("lần chạy #2"), status.text)
        XCTAssertTrue(RunStatus(runs: runs, runningNow: "pid 7").text.contains("đang chạy (pid 7)"))
        let completed = RunStatus(runs: Array(runs.dropFirst()), runningNow: nil)
        XCTAssertTrue(completed.healthy)
        XCTAssertTrue(completed.text.contains("answered 0 → 2, overdue 5 → 3"), completed.text)
    }

    func testRejectionsAreTalliedByReasonWithoutTheirValues() {
        let rejections = [
            Rejection(file: "a.csv", row: 8, reason: "Dòng 8: không có đơn vị \"TT Nước Hai\" trong danh sách đơn vị của campaign.yml. Có phải là: Xã Độc Lập? Sửa tên."),
            Rejection(file: "a.csv", row: 11, reason: "Dòng 11: không có đơn vị \"Sông Hiến\" trong danh sách đơn vị của campaign.yml."),
            Rejection(file: "b.csv", row: 6, reason: "Dòng 6: nội dung \"-\" không có chữ — điền nội dung câu hỏi hoặc xóa dòng."),
            Rejection(file: "c.csv", row: nil, reason: "Tệp rỗng"),
        ]
        XCTAssertEqual(RejectionReasons.tally(rejections), [
            "không có đơn vị \"…\" trong danh sách đơn vị của campaign.yml": 2,
            "nội dung \"…\" không có chữ": 1,
        ])
    }
}
