import Foundation
import XCTest
@testable import DoiThoaiKit

/// The CSV reader's throughput on 1M rows. A measurement, not a test: it runs only under
/// `make bench` (DOITHOAI_BENCH=1, release build) and asserts nothing about time.
final class CSVReaderBenchmarks: XCTestCase {
    /// 1M rows of 8 columns like a commune's export: a tenth of the texts quoted, with a
    /// comma and a line break inside.
    static func rows(_ count: Int) -> [UInt8] {
        let texts = [
            "Đề nghị tỉnh có chính sách hỗ trợ vay vốn khởi nghiệp cho thanh niên nông thôn",
            "Bao giờ xóm em có sóng điện thoại 4G để học trực tuyến?",
            "\"Đề nghị mở lớp học nghề, giới thiệu việc làm\ncho thanh niên sau khi hoàn thành nghĩa vụ quân sự\"",
            "Cho em hỏi thủ tục xin hỗ trợ nhà ở xã hội cho công nhân trẻ như thế nào ạ?",
        ]
        var out = Array("STT,Họ và tên,Năm sinh,Đối tượng,Địa chỉ,Số điện thoại,Lĩnh vực,Nội dung câu hỏi\r\n".utf8)
        out.reserveCapacity(count * 200)
        for row in 0..<count {
            let text = row % 10 == 0 ? texts[2] : texts[row % 4 == 2 ? 0 : row % 4]
            out += Array("\(row + 1),Nông Văn An,2001,Học sinh,Xóm Nà Vạc,0912000\(row % 1000),Việc làm,\(text)\r\n".utf8)
        }
        return out
    }

    func testReadingOneMillionRows() throws {
        guard ProcessInfo.processInfo.environment["DOITHOAI_BENCH"] == "1" else {
            throw XCTSkip("set DOITHOAI_BENCH=1 (and build with -c release) to measure")
        }
        let bytes = Self.rows(1_000_000)
        let megabytes = Double(bytes.count) / 1_048_576
        var best = Double.infinity
        var records = 0
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            records = 0
            CSVReader(utf8: bytes).forEachRecord { _ in records += 1 }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        XCTAssertEqual(records, 1_000_001)
        print(String(format: "CSV reader: %.0f MB, %d records in %.2f s = %.0f MB/s, %.2f M rows/s (best of 3)",
                     megabytes, records, best, megabytes / best, Double(records) / best / 1e6))
    }
}
