import Foundation
import XCTest
@testable import DoiThoaiKit

/// A question export saved in each legacy encoding reads to the same questions as its
/// UTF-8 twin, through the whole file reader.
final class DecodingQuestionFileTests: XCTestCase {
    let units = [CampaignUnit(code: "1438", name: "Xã Hà Quảng", kind: "xã"), CampaignUnit(code: "1501", name: "Xã Đàm Thủy", kind: "xã")]

    /// Title rows in capitals, a header with diacritics, quoted fields with commas and a
    /// line break. No capital with a tone in the rows: TCVN3 cannot write one (see below).
    let csv = """
    UBND XÃ ĐÀM THỦY
    "DANH SÁCH Ý KIẾN, KIẾN NGHỊ CỦA THANH NIÊN"
    STT,Họ và tên,Năm sinh,Đối tượng,Nội dung câu hỏi
    1,Nông Văn An,2001,Sinh viên,"Đề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên, nhất là thanh niên nông thôn."
    2,Lục Thị Huyền,1998,"Công chức, viên chức","Cho em hỏi bao giờ xóm em có sóng điện thoại?
    Em học trực tuyến rất khó."
    3,Đàm Quốc Việt,2004,Học sinh,Đường vào xóm bị sạt lở mùa mưa; đề nghị tỉnh sửa chữa sớm.

    """

    static let charsets: [(column: String, encoding: TextEncoding)] = [
        ("tcvn3", .tcvn3), ("vni-win", .vniWindows), ("cp1258_decomposed", .windows1258),
    ]

    func read(_ bytes: [UInt8], file: String) -> FileReading<IncomingQuestion> {
        QuestionFileReader(units: UnitResolver(units: units)).read(file: file, bytes: bytes)
    }

    func testEachLegacyEncodingReadsLikeItsUTF8Twin() throws {
        let table = try LegacyCharsetTable.load()
        let twin = read(Array(csv.utf8), file: "xa-dam-thuy.csv")
        XCTAssertEqual(twin.rows.count, 3)
        for (column, encoding) in Self.charsets {
            let reading = read(table.encode(csv, in: column), file: "xa-dam-thuy.csv")
            XCTAssertEqual(reading.encoding, encoding, column)
            XCTAssertNil(reading.fileProblem, column)
            XCTAssertEqual(reading.rows.map(\.text), twin.rows.map(\.text), column)
            XCTAssertEqual(reading.rows.map(\.asker), twin.rows.map(\.asker), column)
            XCTAssertEqual(reading.rows.map(\.category), twin.rows.map(\.category), column)
            XCTAssertEqual(reading.rows.map(\.place), twin.rows.map(\.place), column)
        }
    }

    func testTheExampleCampaignsFileInEachLegacyEncoding() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("input/questions/xa-ha-quang.csv")
        let utf8 = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let table = try LegacyCharsetTable.load()
        let twin = read(Array(utf8.utf8), file: "xa-ha-quang.csv")
        XCTAssertGreaterThan(twin.rows.count, 5)
        for (column, encoding) in Self.charsets {
            let reading = read(table.encode(utf8, in: column), file: "xa-ha-quang.csv")
            XCTAssertEqual(reading.encoding, encoding, column)
            XCTAssertEqual(reading.rows.count, twin.rows.count, column)
            for (row, expected) in zip(reading.rows, twin.rows) {
                // TCVN3 writes a capital with a tone ("Ý", "Ủ") with its lowercase byte.
                let comparable = encoding == .tcvn3 ? expected.text.lowercased() : expected.text
                XCTAssertEqual(encoding == .tcvn3 ? row.text.lowercased() : row.text, comparable, "\(column) row \(row.place.row)")
            }
        }
    }

    func testAnUndecidableFileIsRejectedWholeWithTheReason() {
        let latin1 = "Nội dung\nQuestion à propos de la préfecture, déjà posée\n".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let reading = read(latin1, file: "xa-dam-thuy.csv")
        XCTAssertEqual(reading.rowsRead, 0)
        XCTAssertNil(reading.encoding)
        XCTAssertTrue(reading.fileProblem?.hasPrefix("Không xác định được bảng mã của tệp") == true, reading.fileProblem ?? "")
        XCTAssertTrue(reading.fileProblem?.contains("CSV UTF-8") == true)
    }
}
