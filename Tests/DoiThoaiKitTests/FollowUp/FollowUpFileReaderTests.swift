import XCTest
@testable import DoiThoaiKit

final class FollowUpFileReaderTests: XCTestCase {
    let reader = FollowUpFileReader(departments: Fixtures.campaign.departments)

    func read(_ text: String) -> FileReading<Commitment> {
        reader.read(file: "cao-bang-2024.csv", bytes: Array(text.utf8))
    }

    func testReadsTasksWithTheirReportsByDepartmentCodeOrName() {
        let reading = read("""
        \u{FEFF}Năm,Mã,Nội dung câu hỏi,Cơ quan thực hiện,Nhiệm vụ,Hạn thực hiện,Tình trạng,Kết quả thực hiện
        2024,cb24-0015,Đề nghị mở lớp học nghề,Sở Nội vụ,Mở 02 lớp học nghề,30/06/2025,Đã hoàn thành,Đã mở 02 lớp
        2024,CB24-0042,Xóm chưa có sóng,skhcn,Lắp trạm phát sóng,2025-12-31,,Đã lắp 3/7 trạm
        ,CB24-0077,,SO TAI CHINH,Bổ sung vốn ủy thác,,,
        """)
        XCTAssertEqual(reading.rejections, [])
        XCTAssertEqual(reading.rows.map(\.code), ["CB24-0015", "CB24-0042", "CB24-0077"])
        XCTAssertEqual(reading.rows.map(\.department.code), ["SNV", "SKHCN", "STC"])
        XCTAssertEqual(reading.rows.map(\.year), [2024, 2024, nil])
        XCTAssertEqual(reading.rows.map(\.due), [Day(year: 2025, month: 6, day: 30), Day(year: 2025, month: 12, day: 31), nil])
        // A result without a status is work in progress.
        XCTAssertEqual(reading.rows.map(\.progress), [.done, .inProgress, .notReported])
        XCTAssertEqual(reading.rows[0].place, SourcePlace(file: "cao-bang-2024.csv", row: 2))
    }

    func testRowsThatCannotBeFollowedAreRejectedWithWhatToDo() {
        let reading = read("""
        Mã,Cơ quan thực hiện,Nhiệm vụ,Hạn thực hiện,Năm
        CB24-0033,Sở Lao động - Thương binh và Xã hội,Giới thiệu việc làm,31/12/2024,2024
        CB24-0034,SNV,Giới thiệu việc làm,cuối năm,2024
        CB24-0035,SNV,,31/12/2024,2024
        ,SNV,Giới thiệu việc làm,31/12/2024,2024
        CB24-0036,SNV,Giới thiệu việc làm,31/12/2024,năm ngoái
        """)
        XCTAssertTrue(reading.rows.isEmpty)
        XCTAssertEqual(reading.rejections.map(\.row), [2, 3, 4, 5, 6])
        let reasons = reading.rejections.map(\.reason)
        XCTAssertTrue(reasons[0].contains("\"Sở Lao động - Thương binh và Xã hội\" không có trong danh sách departments"), reasons[0])
        XCTAssertTrue(reasons[0].contains("tên cơ quan mới"), reasons[0])
        XCTAssertTrue(reasons[1].contains("hạn thực hiện \"cuối năm\" không đọc được"), reasons[1])
        XCTAssertTrue(reasons[2].contains("không có nội dung"), reasons[2])
        XCTAssertTrue(reasons[3].contains("thiếu mã"), reasons[3])
        XCTAssertTrue(reasons[4].contains("năm \"năm ngoái\""), reasons[4])
    }

    /// Without the header, no row can be read: each is rejected (none lost) saying which header to use.
    func testAFileWithoutTheColumnsHasEveryRowRejected() {
        let reading = read("STT,Nội dung\n1,Một việc\n")
        XCTAssertTrue(reading.rows.isEmpty)
        XCTAssertEqual(reading.rejections.map(\.row), [1, 2])
        XCTAssertTrue(reading.rejections.allSatisfy { $0.reason.contains("nhiem-vu-theo-doi.csv") }, "\(reading.rejections)")
    }
}
