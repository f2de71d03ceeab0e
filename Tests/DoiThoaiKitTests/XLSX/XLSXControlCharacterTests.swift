import CControlCharacters
import Foundation
import XCTest
@testable import DoiThoaiKit

/// libxlsxwriter 1.1.4's control-character test answers "yes" for every string, so every
/// streamed text was escaped (a large copy each); the fixed test (CControlCharacters) is the
/// one libxlsxwriter calls, and the cells' XML is what the escaping gave.
final class XLSXControlCharacterTests: XLSXTestCase {
    func testTheFixedTestIsTheOneTheLibraryCalls() throws {
        try assertLibraryCallsOurs("lxw_has_control_characters", unsafeBitCast(
            lxw_has_control_characters as @convention(c) (UnsafePointer<CChar>?) -> UInt8, to: UnsafeMutableRawPointer.self))
    }

    func testOnlyTheCharactersTheLibraryEscapesCount() {
        XCTAssertEqual(lxw_has_control_characters("Đề nghị hỗ trợ\nvay vốn\tkhởi nghiệp"), 0)
        XCTAssertEqual(lxw_has_control_characters(""), 0)
        XCTAssertEqual(lxw_has_control_characters(nil), 0)
        for control in [0x01, 0x08, 0x0B, 0x0D, 0x1F] {
            XCTAssertEqual(lxw_has_control_characters("a\(Character(Unicode.Scalar(UInt8(control))))b"), 1, "\(control)")
        }
    }

    func testStreamedCellsAreWrittenAsTheEscapingWroteThem() throws {
        let texts = ["Đề nghị hỗ trợ vay vốn", "dòng một\ndòng hai\tcột", "a\u{01}b\rc\u{1F}", "<&> \"ế\""]
        let file = try makeWorkbook(options: XLSXWorkbook.Options(constantMemory: true, temporaryDirectory: directory.path)) { _, sheet in
            for (row, text) in texts.enumerated() { try sheet.write(text, row: row, column: 0) }
        }
        let xml = try part(file, "xl/worksheets/sheet1.xml")
        for expected in ["<t>Đề nghị hỗ trợ vay vốn</t>", "<t>dòng một\ndòng hai\tcột</t>", "<t>a_x0001_b_x000D_c_x001F_</t>",
                         "<t>&lt;&amp;&gt; \"ế\"</t>"] {
            XCTAssertTrue(xml.contains(expected), "\(expected) not in \(xml)")
        }
    }
}
