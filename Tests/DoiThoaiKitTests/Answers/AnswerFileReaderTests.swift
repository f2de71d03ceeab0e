import XCTest
@testable import DoiThoaiKit

final class AnswerFileReaderTests: XCTestCase {
    func read(_ text: String) -> FileReading<Answer> {
        AnswerFileReader(departments: Fixtures.campaign.departments).read(file: "stc.csv", bytes: Array(text.utf8))
    }

    func testReadsCodesDepartmentsByCodeOrNameAndForms() {
        let text = """
        Mã câu hỏi,Cơ quan trả lời,Nội dung trả lời,Ngày trả lời,Công văn số,Hình thức trả lời
        cb25-0001,STC,Tỉnh có gói vay ưu đãi,15/08/2025,123/STC-NS,Bằng văn bản
        CB25-0002,Sở Tài Chính,Sẽ trả lời tại hội nghị,,,Trả lời trực tiếp tại hội nghị
        CB25-0003,so khoa hoc va cong nghe,Chuyển Bộ Khoa học và Công nghệ,,,Chuyển cơ quan có thẩm quyền
        CB25-0004,STC,Đã có chính sách,,,
        """
        let reading = read(text)
        XCTAssertEqual(reading.rejections, [])
        XCTAssertEqual(reading.rows.map(\.code), ["CB25-0001", "CB25-0002", "CB25-0003", "CB25-0004"])
        XCTAssertEqual(reading.rows.map(\.department.code), ["STC", "STC", "SKHCN", "STC"])
        XCTAssertEqual(reading.rows.map(\.form), [.inWriting, .atDialogue, .referred, .unspecified])
        XCTAssertEqual(reading.rows[0].letter, "123/STC-NS")
    }

    func testRejectsRowsWithoutCodeTextOrKnownDepartment() {
        let reading = read("Mã câu hỏi,Cơ quan trả lời,Nội dung trả lời\n,STC,x\nCB25-0001,STC,\nCB25-0001,Sở Ma,x\nCB25-0001,,x\n")
        XCTAssertEqual(reading.rows.count, 0)
        XCTAssertEqual(reading.rejections.map(\.row), [2, 3, 4, 5])
        XCTAssertTrue(reading.rejections[2].reason.contains("Sở Ma"))
    }

    /// "Giao nhiệm vụ" in the form, or a "Hạn thực hiện", makes the answer a promise to follow;
    /// the form still decides the status.
    func testAPromiseOfActionIsReadFromTheFormOrTheDueColumn() {
        let reading = read("""
        Mã câu hỏi,Cơ quan trả lời,Nội dung trả lời,Hình thức trả lời,Hạn thực hiện
        CB25-0001,STC,Năm 2026 bổ sung vốn,"Trả lời tại hội nghị, giao nhiệm vụ",31/12/2026
        CB25-0002,STC,Sẽ khảo sát,Bằng văn bản,30/11/2025
        CB25-0003,STC,Giao Sở Tài chính rà soát,Giao nhiệm vụ,
        CB25-0004,STC,Đã có chính sách,Bằng văn bản,
        """)
        XCTAssertEqual(reading.rejections, [])
        XCTAssertEqual(reading.rows.map(\.action), [PromisedAction(due: "31/12/2026"), PromisedAction(due: "30/11/2025"),
                                                   PromisedAction(due: nil), nil])
        XCTAssertEqual(reading.rows.map(\.form), [.atDialogue, .inWriting, .unspecified, .inWriting])
    }
}
