import XCTest
@testable import DoiThoaiKit

final class QuestionFileReaderTests: XCTestCase {
    let units = [
        CampaignUnit(code: "1501", name: "Xã Đàm Thủy", kind: "xã"),
        CampaignUnit(code: "1273", name: "Phường Thục Phán", kind: "phường"),
    ]

    func read(_ text: String, file: String = "xa-dam-thuy.csv") -> FileReading<IncomingQuestion> {
        QuestionFileReader(units: UnitResolver(units: units)).read(file: file, bytes: Array(text.utf8))
    }

    func testHeaderSynonymsWithoutDiacriticsAndUnitFromFileName() {
        let reading = read("STT,Ho va ten,Nam sinh,Doi tuong,Noi dung cau hoi\n1,Nông Văn A,2001,Sinh viên,Đề nghị hỗ trợ vay vốn\n")
        XCTAssertEqual(reading.rows.count, 1)
        let q = reading.rows[0]
        XCTAssertEqual(q.text, "Đề nghị hỗ trợ vay vốn")
        XCTAssertEqual(q.unit, units[0])
        XCTAssertEqual(q.asker.name, "Nông Văn A")
        XCTAssertEqual(q.asker.birthYear, 2001)
        XCTAssertEqual(q.category, .students)
        XCTAssertEqual(q.place, SourcePlace(file: "xa-dam-thuy.csv", row: 2))
    }

    func testHeaderBelowTitleRowsAndRowNumbersAreFileLines() {
        let text = "ỦY BAN NHÂN DÂN XÃ ĐÀM THỦY\nDANH SÁCH Ý KIẾN\n\nSTT,Nội dung\n1,\"Dòng một\ndòng hai\"\n2,Câu hỏi khác\n"
        let reading = read(text)
        XCTAssertEqual(reading.rows.map(\.place.row), [5, 7])
        XCTAssertEqual(reading.rowsRead, 2)
    }

    func testUnitColumnAndRejectionsWithReasons() {
        let text = "Đơn vị,Nội dung,Họ tên\nPhường Thục Phán,Câu hỏi một,A\nXã Không Có,Câu hỏi hai,B\nXã Đàm Thủy,,C\nXã Đàm Thủy,...,D\nXã Đàm Thủy,a,b,c,d\n"
        let reading = read(text, file: "tinh-doan.csv")
        XCTAssertEqual(reading.rowsRead, 5)
        XCTAssertEqual(reading.rows.map(\.unit), [units[1]])
        XCTAssertEqual(reading.rejections.map(\.row), [3, 4, 5, 6])
        XCTAssertTrue(reading.rejections[0].reason.contains("Xã Không Có"))
        XCTAssertTrue(reading.rejections[1].reason.contains("thiếu nội dung"))
        XCTAssertTrue(reading.rejections[2].reason.contains("không có chữ"))
        XCTAssertTrue(reading.rejections[3].reason.contains("5 cột"))
    }

    func testEveryRowAccountedForWhenThereIsNoHeader() {
        let reading = read("a,b\nc,d\n\n")
        XCTAssertEqual(reading.rowsRead, 2)
        XCTAssertEqual(reading.rejections.count, 2)
        XCTAssertEqual(reading.blankRows, 1)
    }

    func testUnknownUnitInFileNameRejectsEachRow() {
        let reading = read("Nội dung\nCâu hỏi\n", file: "khong-ro.csv")
        XCTAssertEqual(reading.rejections.count, 1)
        XCTAssertTrue(reading.rejections[0].reason.contains("không xác định được đơn vị"))
    }

    func testBinaryAndEmptyFilesAreReportedWholeAndBrokenQuoteRejectsTheRest() {
        let zip = QuestionFileReader(units: UnitResolver(units: units)).read(file: "x.csv", bytes: [0x50, 0x4B, 0x03, 0x04])
        XCTAssertNotNil(zip.fileProblem)
        XCTAssertEqual(zip.rowsRead, 0)
        XCTAssertNotNil(read("").fileProblem)
        let broken = read("Nội dung\nMột\n\"Hai\nBa\n")
        XCTAssertEqual(broken.rows.count, 1)
        XCTAssertEqual(broken.rowsRead, 2)
        XCTAssertEqual(broken.rejections.map(\.row), [3])
    }

    func testFormulaLikeTextIsKeptAsWritten() {
        let reading = read("Nội dung\n\"=> Kiến nghị, tăng lương\"\n- Đề nghị tỉnh\n")
        XCTAssertEqual(reading.rows.map(\.text), ["=> Kiến nghị, tăng lương", "- Đề nghị tỉnh"])
    }

    func testSensitiveCategoriesAreNotRecorded() {
        XCTAssertEqual(AskerCategory(written: "Dân tộc thiểu số"), .other)
        XCTAssertEqual(AskerCategory(written: "Tín đồ tôn giáo"), .other)
        XCTAssertEqual(AskerCategory(written: "Công chức, viên chức"), .officials)
        XCTAssertEqual(AskerCategory(written: nil), .unknown)
    }

    func testCategoriesFromTheWordsWritten() {
        let written: [(String, AskerCategory)] = [
            ("Cán bộ, công chức", .officials), ("CÔNG NHÂN", .workers), ("Người lao động tự do", .workers),
            ("Học sinh, sinh viên", .students), ("hoc vien", .students), ("Chủ hợp tác xã", .entrepreneurs),
            ("Thanh niên nông thôn", .rural), ("Nông dân", .rural), ("Khác", .other), ("  ", .other),
        ]
        for (text, category) in written { XCTAssertEqual(AskerCategory(written: text), category, text) }
    }
}

final class QuestionLayoutTests: XCTestCase {
    let units = [CampaignUnit(code: "1438", name: "Xã Hà Quảng", kind: "xã"), CampaignUnit(code: "1501", name: "Xã Đàm Thủy", kind: "xã")]

    func read(_ text: String, file: String = "xa-ha-quang.csv", units: [CampaignUnit]? = nil) -> FileReading<IncomingQuestion> {
        QuestionFileReader(units: UnitResolver(units: units ?? self.units)).read(file: file, bytes: Array(text.utf8))
    }

    func testHeaderSynonymsTable() {
        let cases: [(String, QuestionColumn?)] = [
            ("Nội dung", .text), ("NỘI DUNG CÂU HỎI", .text), ("Ý kiến, kiến nghị", .text), ("Câu hỏi", .text),
            ("Nội dung ý kiến, kiến nghị, đề xuất", .text), ("noi dung cau hoi", .text), ("Question", .text),
            ("Nội dung câu hỏi (ghi ngắn gọn)", .text), ("Noi dung cau hoii", .text), ("Nội dunng câu hỏi", .text),
            ("Đơn vị", .unit), ("Xã/phường", .unit), ("Địa phương", .unit), ("Họ và tên", .name), ("Ho va tne", .name),
            ("Năm sinh", .birthYear), ("Đối tượng", .category), ("Địa chỉ", .address), ("SĐT", .phone),
            ("Số điện thoại", .phone), ("E-mail", .email), ("Lĩnh vực", .suggestedTopic), ("Dấu thời gian", .date),
            ("STT", .serial), ("Giới tính", nil), ("Ghi chú", nil), ("Tên", .name), ("Ngày", .date), ("Năm", nil),
        ]
        for (header, expected) in cases {
            XCTAssertEqual(QuestionColumn.matching(header: header), expected, "header: \(header)")
        }
    }

    func testATitleRowThatOpensLikeAHeaderIsNotTheHeader() {
        let text = "\"Ý KIẾN, KIẾN NGHỊ CỦA THANH NIÊN XÃ HÀ QUẢNG\",,\nSTT,Họ tên,Nội dung\n1,A,Đề nghị mở lớp học nghề\n"
        let reading = read(text)
        XCTAssertEqual(reading.rows.map(\.text), ["Đề nghị mở lớp học nghề"])
        XCTAssertEqual(reading.rowsRead, 1)
    }

    func testASingleColumnFileWithAnExactHeader() {
        XCTAssertEqual(read("Câu hỏi\nBao giờ có sóng 4G?\n").rows.count, 1)
    }

    func testSignatureFooterRowsAreRejectedAsWhatTheyAre() {
        let text = """
        STT,Họ tên,Nội dung,Ghi chú
        1,A,Đề nghị mở lớp học nghề,
        ,,,
        ,Người lập biểu,,"Hà Quảng, ngày 30 tháng 7 năm 2025"
        ,,,TM. ỦY BAN NHÂN DÂN
        ,,,KT. CHỦ TỊCH
        ,Nông Văn A,,Hoàng Thị B
        """
        let reading = read(text)
        XCTAssertEqual(reading.rows.count, 1)
        XCTAssertEqual(reading.blankRows, 1)
        XCTAssertEqual(reading.rejections.map(\.row), [4, 5, 6, 7])
        XCTAssertTrue(reading.rejections.allSatisfy { $0.reason.contains("phần ký tên cuối bảng") }, "\(reading.rejections)")
    }

    func testAnEmptyQuestionAboveTheFooterIsStillAnEmptyQuestion() {
        let reading = read("Họ tên,Nội dung\nA,\nB,Câu hỏi\n")
        XCTAssertTrue(reading.rejections[0].reason.contains("thiếu nội dung"))
    }

    func testACampaignWithOneUnitNeedsNoUnitAnywhere() {
        let reading = read("id|Question|Answer_1\n1|Câu hỏi một|Trả lời\n", file: "UIT-ViCoV19QA_val.csv", units: [units[0]])
        XCTAssertEqual(reading.rows.map(\.unit), [units[0]])
    }
}
