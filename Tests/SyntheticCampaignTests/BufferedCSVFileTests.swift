import Foundation
import XCTest
@testable import SyntheticCampaign

final class BufferedCSVFileTests: XCTestCase {
    func testQuotesOnlyWhatNeedsQuotingAndDoublesQuotes() throws {
        let url = SyntheticCampaignFixtures.temporaryFolder("csv").appendingPathExtension("csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try BufferedCSVFile(creating: url)
        for cell in ["1", "Xóm Nà Mạ, xã Bảo Lạc", "Đề án \"Bình dân học vụ số\"", "hai\ndòng", ""] { file.field(cell) }
        try file.endRow()
        file.field("cuối")
        try file.endRow()
        try file.close()
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8),
                       "1,\"Xóm Nà Mạ, xã Bảo Lạc\",\"Đề án \"\"Bình dân học vụ số\"\"\",\"hai\ndòng\",\ncuối\n")
    }
}
