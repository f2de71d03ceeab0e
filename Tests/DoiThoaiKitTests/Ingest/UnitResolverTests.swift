import XCTest
@testable import DoiThoaiKit

final class UnitResolverTests: XCTestCase {
    let units = [
        CampaignUnit(code: "1501", name: "Xã Đàm Thủy", kind: "xã"),
        CampaignUnit(code: "1273", name: "Phường Thục Phán", kind: "phường"),
        CampaignUnit(code: "1456", name: "Xã Quang Hán", kind: "xã"),
        CampaignUnit(code: "1465", name: "Xã Quang Trung", kind: "xã"),
        CampaignUnit(code: "TD", name: "Tỉnh đoàn Cao Bằng", kind: "Tỉnh đoàn"),
    ]
    var resolver: UnitResolver { UnitResolver(units: units) }

    func testNamesAsPeopleWriteThem() {
        let cases = ["Xã Đàm Thủy", "xã đàm thuỷ", "Đàm Thủy", "dam thuy", "XA DAM THUY", "X. Đàm Thủy", "Xã Đàm Thủy".decomposedStringWithCanonicalMapping]
        for name in cases {
            XCTAssertEqual(resolver.resolve(name: name), .unit(units[0]), "name: \(name)")
        }
        XCTAssertEqual(resolver.resolve(name: "Tỉnh đoàn"), .unit(units[4]))
        XCTAssertEqual(resolver.resolve(name: "P. Thục Phán"), .unit(units[1]))
    }

    func testUnknownNameSuggestsTheClosest() {
        guard case .unknown(let closest) = resolver.resolve(name: "Xã Đàm Thủyy") else { return XCTFail() }
        XCTAssertEqual(closest.first, units[0])
    }

    func testFileNames() {
        XCTAssertEqual(resolver.resolve(fileName: "xa-dam-thuy.csv"), units[0])
        XCTAssertEqual(resolver.resolve(fileName: "xa-dam-thuy-lan-2.csv"), units[0])
        XCTAssertEqual(resolver.resolve(fileName: "phuong-thuc-phan.csv"), units[1])
        XCTAssertEqual(resolver.resolve(fileName: "quang-trung.csv"), units[3])
        XCTAssertNil(resolver.resolve(fileName: "tong-hop.csv"))
    }
}
