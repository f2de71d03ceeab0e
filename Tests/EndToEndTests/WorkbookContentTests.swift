import Foundation
import XCTest

/// The workbooks of a run, read part by part: what each shows, and what none may show.
final class WorkbookContentTests: XCTestCase {
    static var work: Workdir!

    override class func setUp() {
        work = try! Workdir("workbooks")
        try! work.copy(packageFolder: "Tests/EndToEndTests/Fixtures/small-campaign", to: "input")
        let result = try! work.run(["run", "--input", "input", "--output", "output", "--today", "2025-08-25"])
        precondition(result.status == 0, "\(result)")
    }

    override class func tearDown() {
        work.remove()
    }

    func workbook(_ name: String) -> XLSXParts { XLSXParts(path: Self.work.url("output/\(name)").path) }

    let personalData = ["Nông Văn Thử", "0912345678", "Xóm Nà Thử", "Lý Thị Mẫu", "0987654321", "Xóm Lũng Mẫu", "Năm sinh"]

    func testConsolidatedWorkbookHasItsSheetsTitleBlockAndVietnameseText() throws {
        let book = workbook("tong-hop-cao-bang-2025.xlsx")
        XCTAssertEqual(try book.sheetNames(), ["Tổng hợp", "1. Việc làm", "2. Khởi nghiệp", "3. Chuyển đổi số", "Danh sách câu hỏi", "Cần xem xét", "Kịch bản đối thoại", "Gửi trả lời bằng văn bản", "Tiến độ", "Mốc thời gian", "Theo dõi nhiệm vụ", "Lỗi dữ liệu"])
        let text = try book.allText()
        for expected in ["ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 25 tháng 8 năm 2025",
                         "TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA THANH NIÊN VÀ NỘI DUNG TRẢ LỜI",
                         "de nghi ho tro vay von khoi nghiep", "Bao giờ xóm em có sóng điện thoại 4G?",
                         "Tỉnh có chương trình cho vay ưu đãi thanh niên khởi nghiệp.", "Times New Roman",
                         "Xã Không Có", "CB25-9999"] {
            XCTAssertTrue(text.contains(expected), "consolidated workbook lacks \(expected)")
        }
        // The privacy options allow the name and address there, not the phone.
        XCTAssertTrue(text.contains("Nông Văn Thử"))
        XCTAssertFalse(text.contains("0912345678"))
    }

    func testTextStartingWithAnEqualsSignIsNeverAFormula() throws {
        let book = workbook("tong-hop-cao-bang-2025.xlsx")
        XCTAssertTrue(try book.allText().contains("=1+2 tôi muốn hỏi về việc làm"))
        for sheet in book.names where sheet.hasPrefix("xl/worksheets/") {
            XCTAssertFalse(try book.part(sheet).contains("<f>"), "\(sheet) holds a formula")
        }
    }

    func testStatisticsAndDepartmentWorkbooksHoldNoPersonalData() throws {
        var books = [workbook("thong-ke-cao-bang-2025.xlsx")]
        let departments = try FileManager.default.contentsOfDirectory(atPath: Self.work.url("output/departments").path)
        XCTAssertEqual(departments.count, 3)
        books += departments.map { workbook("departments/\($0)") }
        books += ["units/xa-dam-thuy.xlsx"].map(workbook)
        for book in books {
            let text = try book.allText()
            for value in personalData {
                XCTAssertFalse(text.contains(value), "\(book.path) contains \(value)")
            }
        }
        let statistics = try Self.work.read("output/statistics.json")
        for value in personalData { XCTAssertFalse(statistics.contains(value), "statistics.json contains \(value)") }
    }

    func testStatisticsWorkbookHasCharts() throws {
        let book = workbook("thong-ke-cao-bang-2025.xlsx")
        XCTAssertTrue(try book.sheetNames().contains("Theo nhóm vấn đề"))
        XCTAssertTrue(book.names.contains("xl/charts/chart1.xml"))
    }

    func testDepartmentWorkbookUsesTheHeadersTheAnswerImportReads() throws {
        let text = try workbook("departments/stc-so-tai-chinh.xlsx").allText()
        for header in ["Mã câu hỏi", "Cơ quan trả lời", "Nội dung trả lời", "Ngày trả lời", "Công văn số", "Hình thức trả lời"] {
            XCTAssertTrue(text.contains(header), "missing \(header)")
        }
        XCTAssertTrue(text.contains("CB25-0001"))
        XCTAssertFalse(text.contains("CB25-0004"), "a question awaiting review reached a department")
    }
}
