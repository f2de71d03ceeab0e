import Foundation
import XCTest
@testable import DoiThoaiKit

/// Grouping time and cost growth on synthetic questions. A measurement, not a test: run by
/// `make bench` only (DOITHOAI_BENCH=1, release), asserting nothing about time.
final class GroupingBenchmarks: XCTestCase {
    static let subjects = ["thanh niên nông thôn", "học sinh vùng cao", "công nhân khu công nghiệp", "sinh viên mới ra trường",
                           "đoàn viên xóm", "thanh niên dân tộc thiểu số", "bộ đội xuất ngũ", "lao động trở về"]
    static let needs = ["vay vốn khởi nghiệp", "học nghề miễn phí", "sóng điện thoại 4G", "nhà ở xã hội", "bảo hiểm y tế",
                        "sân chơi thể thao", "giới thiệu việc làm", "xuất khẩu lao động", "đường giao thông", "học bổng đại học",
                        "phòng chống ma túy", "lừa đảo trên mạng", "kỹ năng số", "du lịch cộng đồng", "nước sạch"]
    static let places = (1...400).map { "xóm \($0)" }
    static let openings = ["Đề nghị tỉnh hỗ trợ", "Cho em hỏi về", "Kiến nghị quan tâm", "Mong tỉnh có chính sách", "de nghi ho tro"]

    /// N questions; about 30% reword an earlier one (other opening, no diacritics, other tone placement).
    static func questions(_ count: Int) -> [Question] {
        var generator = SystemRandomNumberGenerator()
        var rows: [IncomingQuestion] = []
        rows.reserveCapacity(count)
        for index in 0..<count {
            let base = index % 10 < 3 && index > 0 ? Int.random(in: 0..<index, using: &generator) : index
            let opening = openings[(index + base) % openings.count]
            let text = "\(opening) \(needs[base % needs.count]) cho \(subjects[(base / 15) % subjects.count]) ở \(places[(base / 120) % places.count]) số \(base)"
            let unit = [Fixtures.damThuy, Fixtures.thucPhan, Fixtures.tinhDoan][index % 3]
            rows.append(Fixtures.incoming(text, unit: unit, file: "f\(index / 1000).csv", row: index % 1000 + 2))
        }
        return Fixtures.questions(rows)
    }

    func testGroupingTime() throws {
        let sizes = try BenchSizes.from("DOITHOAI_BENCH_GROUPING", default: "10000,100000")
        for size in sizes {
            let questions = Self.questions(size)
            let before = Memory.residentMegabytes()
            Memory.resetPeak()
            let start = DispatchTime.now().uptimeNanoseconds
            let groups = NearDuplicateGrouper(threshold: 0.6).groups(of: questions)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "grouping %d questions: %.2f s, %d groups; resident %.0f MB before grouping, peak %.0f MB during it",
                         size, seconds, groups.count, before, Memory.peakMegabytes()))
        }
    }
}

/// The process's memory as Linux counts it (/proc/self/status), for benchmarks.
enum Memory {
    static func residentMegabytes() -> Double { field("VmRSS") }
    static func peakMegabytes() -> Double { field("VmHWM") }

    /// Starts the peak (VmHWM) afresh from the current resident size.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func field(_ name: String) -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }
}
