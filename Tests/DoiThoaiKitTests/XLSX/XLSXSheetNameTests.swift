import Foundation
import XCTest
@testable import DoiThoaiKit

final class XLSXSheetNameTests: XLSXTestCase {
    private var workbook: XLSXWorkbook!

    override func setUpWithError() throws {
        try super.setUpWithError()
        workbook = try XLSXWorkbook(path: path("names.xlsx"))
    }

    override func tearDownWithError() throws {
        try workbook.close()
        try super.tearDownWithError()
    }

    private func problem(_ name: String) -> XLSXError.SheetNameProblem? {
        let error = expectError { _ = try workbook.addWorksheet(named: name) }
        guard case let .invalidSheetName(refused, problem)? = error?.kind else {
            XCTFail("\(name): \(String(describing: error))")
            return nil
        }
        XCTAssertEqual(refused, name)
        return problem
    }

    func testTooLongNameIsRefused() {
        let name = String(repeating: "Đ", count: 32)
        XCTAssertEqual(problem(name), .tooLong(length: 32, limit: 31))
    }

    func testThirtyOneVietnameseLettersAreAccepted() throws {
        let name = String(repeating: "Ự", count: 31)
        XCTAssertEqual(try workbook.addWorksheet(named: name).name, name)
    }

    func testForbiddenCharactersAreRefused() {
        for character in ["[", "]", ":", "*", "?", "/", "\\"] {
            XCTAssertEqual(problem("Báo cáo\(character)1"), .forbiddenCharacter(Character(character)))
        }
    }

    func testEmptyNameIsRefused() {
        XCTAssertEqual(problem(""), .empty)
    }

    func testApostropheAtEitherEndIsRefused() throws {
        XCTAssertEqual(problem("'Tổng hợp"), .apostropheAtEdge)
        XCTAssertEqual(problem("Tổng hợp'"), .apostropheAtEdge)
        XCTAssertEqual(try workbook.addWorksheet(named: "Ý kiến 'nóng'!").name, "Ý kiến 'nóng'!")
    }

    func testDuplicateIgnoringVietnameseCaseIsRefused() throws {
        _ = try workbook.addWorksheet(named: "Tổng hợp")
        let error = expectError { _ = try workbook.addWorksheet(named: "TỔNG HỢP") }
        XCTAssertEqual(error?.kind, .duplicateSheetName(name: "TỔNG HỢP", existing: "Tổng hợp"))
        // The same letters decomposed (NFD) are the same name too.
        let decomposed = "Tổng hợp".decomposedStringWithCanonicalMapping
        XCTAssertEqual(expectError { _ = try workbook.addWorksheet(named: decomposed) }?.kind,
                       .duplicateSheetName(name: decomposed, existing: "Tổng hợp"))
        XCTAssertEqual(workbook.worksheetNames, ["Tổng hợp"])
    }

    func testNamesDifferingOnlyInDiacriticsAreDistinct() throws {
        _ = try workbook.addWorksheet(named: "Đơn vị")
        _ = try workbook.addWorksheet(named: "Don vi")
        XCTAssertEqual(workbook.worksheetNames, ["Đơn vị", "Don vi"])
    }
}
