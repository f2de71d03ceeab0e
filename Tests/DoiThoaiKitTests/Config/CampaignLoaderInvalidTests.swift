import DoiThoaiKit
import XCTest

/// One invalid campaign.yml and the problem it must produce.
struct InvalidCampaignCase {
    let name: String
    let yaml: String
    let keyPath: String
    let line: Int?
    let fragment: String
}

enum CampaignLoaderAssertions {
    /// The problems `parse` reports for `yaml`; fails the test when it does not throw a `ConfigError`.
    static func problems(in yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [ConfigProblem] {
        do {
            let campaign = try CampaignLoader.parse(yaml: yaml, file: "campaign.yml")
            XCTFail("expected a ConfigError, got \(campaign)", file: file, line: line)
        } catch let error as ConfigError {
            XCTAssertEqual(error.file, "campaign.yml", file: file, line: line)
            return error.problems
        } catch {
            XCTFail("expected a ConfigError, got \(error)", file: file, line: line)
        }
        return []
    }
}

/// Table-driven: each invalid file names its key path, line and a fragment of the message.
final class ConfigCampaignLoaderInvalidTests: XCTestCase {
    static let cases: [InvalidCampaignCase] = [
        .init(name: "unknown top-level key, with suggestion",
              yaml: CampaignFixture.valid(replacing: "deadlines:", with: "deadline:"),
              keyPath: "deadline", line: 7, fragment: "khóa \"deadline\" không được hỗ trợ — có phải ý bạn là \"deadlines\"?"),
        .init(name: "unknown top-level key, nothing close",
              yaml: CampaignFixture.valid(replacing: "theme:", with: "theme: x\nlogo_file:"),
              keyPath: "logo_file", line: 6, fragment: "chỉ dùng được các khóa: \"province\""),
        .init(name: "unknown key in a topic",
              yaml: CampaignFixture.valid(replacing: "    keywords: [việc", with: "    keyword: [việc"),
              keyPath: "topics[0].keyword", line: 38, fragment: "có phải ý bạn là \"keywords\"?"),
        .init(name: "camelCase key",
              yaml: CampaignFixture.valid(replacing: "  ask_minutes: 2", with: "  askMinutes: 2"),
              keyPath: "dialogue.askMinutes", line: 14, fragment: "có phải ý bạn là \"ask_minutes\"?"),
        .init(name: "missing required top-level key, at the enclosing mapping's line",
              yaml: CampaignFixture.valid(replacing: "theme: Thanh niên Cao Bằng với chuyển đổi số", with: "# no theme"),
              keyPath: "theme", line: 2, fragment: "thiếu khóa bắt buộc \"theme\""),
        .init(name: "missing required key in a list item",
              yaml: CampaignFixture.valid(replacing: "    name: Sở Y tế", with: "    # no name"),
              keyPath: "departments[1].name", line: 19, fragment: "thiếu khóa bắt buộc \"name\""),
        .init(name: "impossible date",
              yaml: CampaignFixture.valid(replacing: "  forward: 2025-08-08", with: "  forward: 2025-02-30"),
              keyPath: "deadlines.forward", line: 9, fragment: "không phải là ngày có thật"),
        .init(name: "Vietnamese date order",
              yaml: CampaignFixture.valid(replacing: "  date: 2025-08-28", with: "  date: 28/8/2025"),
              keyPath: "dialogue.date", line: 12, fragment: "viết thành 2025-08-28"),
        .init(name: "not a date",
              yaml: CampaignFixture.valid(replacing: "  collect: 2025-08-05", with: "  collect: đầu tháng 8"),
              keyPath: "deadlines.collect", line: 8, fragment: "phải là một ngày dạng YYYY-MM-DD"),
        .init(name: "deadlines out of order",
              yaml: CampaignFixture.valid(replacing: "  answer: \"2025-08-20\"", with: "  answer: 2025-08-07"),
              keyPath: "deadlines.answer", line: 10, fragment: "collect ≤ forward ≤ answer"),
        .init(name: "year not a number",
              yaml: CampaignFixture.valid(replacing: "year: 2025", with: "year: năm 2025"),
              keyPath: "year", line: 3, fragment: "phải là một số nguyên"),
        .init(name: "year out of range",
              yaml: CampaignFixture.valid(replacing: "year: 2025", with: "year: 25"),
              keyPath: "year", line: 3, fragment: "phải từ 2000 đến 2100"),
        .init(name: "minutes not positive",
              yaml: CampaignFixture.valid(replacing: "  ask_minutes: 2", with: "  ask_minutes: 0"),
              keyPath: "dialogue.ask_minutes", line: 14, fragment: "phải lớn hơn 0"),
        .init(name: "list where a mapping is expected",
              yaml: CampaignFixture.valid(replacing: "  collect: 2025-08-05\n  forward: 2025-08-08\n  answer: \"2025-08-20\"",
                                          with: "  - 2025-08-05\n  - 2025-08-08\n  - 2025-08-20"),
              keyPath: "deadlines", line: 8, fragment: "phải là một nhóm khóa, nhưng đang là một danh sách"),
        .init(name: "mapping where a text is expected",
              yaml: CampaignFixture.valid(replacing: "province: Cao Bằng", with: "province: {name: Cao Bằng}"),
              keyPath: "province", line: 2, fragment: "phải là một giá trị đơn, nhưng đang là một nhóm khóa"),
        .init(name: "empty string",
              yaml: CampaignFixture.valid(replacing: "    name: Phường Nùng Trí Cao", with: "    name: \"  \""),
              keyPath: "units[1].name", line: 28, fragment: "đang để trống"),
        .init(name: "code prefix with a space",
              yaml: CampaignFixture.valid(replacing: "code_prefix: CB25", with: "code_prefix: CB 25"),
              keyPath: "code_prefix", line: 6, fragment: "từ 1 đến 10 chữ cái không dấu hoặc chữ số"),
        .init(name: "empty departments list",
              yaml: CampaignFixture.valid(replacing: "  - code: SNV\n    name: Sở Nội vụ\n  - code: SYT\n    name: Sở Y tế\n"
                                              + "  - code: SGDDT\n    name: Sở Giáo dục và Đào tạo",
                                          with: "  []"),
              keyPath: "departments", line: 17, fragment: "đang trống — thêm ít nhất một cơ quan"),
        .init(name: "duplicate unit code, ignoring case and spaces",
              yaml: CampaignFixture.valid(replacing: "  - code: TD", with: "  - code: \" 01273 \""),
              keyPath: "units[2].code", line: 30, fragment: "mã đơn vị \"01273\" trùng với đơn vị ở dòng 24"),
        .init(name: "duplicate unit name",
              yaml: CampaignFixture.valid(replacing: "    name: Tỉnh đoàn Cao Bằng", with: "    name: phường thục phán"),
              keyPath: "units[2].name", line: 31, fragment: "trùng với đơn vị ở dòng 25"),
        .init(name: "duplicate department code",
              yaml: CampaignFixture.valid(replacing: "    name: Sở Giáo dục và Đào tạo",
                                          with: "    name: Sở Giáo dục và Đào tạo\n  - code: snv\n    name: Sở Nội vụ"),
              keyPath: "departments[3].code", line: 23, fragment: "mã cơ quan \"snv\" trùng với cơ quan ở dòng 17"),
        .init(name: "duplicate topic code",
              yaml: CampaignFixture.valid(replacing: "  - code: khac", with: "  - code: Viec-Lam"),
              keyPath: "topics[2].code", line: 46, fragment: "trùng với nhóm ở dòng 34"),
        .init(name: "topic lead not a department",
              yaml: CampaignFixture.valid(replacing: "    lead: syt", with: "    lead: SYT2"),
              keyPath: "topics[1].lead", line: 41,
              fragment: "cơ quan chủ trì \"SYT2\" không có trong danh sách departments — thêm cơ quan này"),
        .init(name: "topic co not a department",
              yaml: CampaignFixture.valid(replacing: "      - SNV", with: "      - SXD"),
              keyPath: "topics[1].co[0]", line: 43, fragment: "cơ quan phối hợp \"SXD\" không có trong danh sách departments — thêm cơ quan này vào departments hoặc sửa mã."),
        .init(name: "co repeats the lead",
              yaml: CampaignFixture.valid(replacing: "    co: [SGDDT]", with: "    co: [SGDDT, snv]"),
              keyPath: "topics[0].co[1]", line: 37, fragment: "đã là cơ quan chủ trì"),
        .init(name: "threshold out of range",
              yaml: CampaignFixture.valid + "\ndedup:\n  threshold: 1.5",
              keyPath: "dedup.threshold", line: 50, fragment: "phải lớn hơn 0 và không quá 1"),
        .init(name: "threshold with a decimal comma",
              yaml: CampaignFixture.valid + "\ndedup:\n  threshold: 0,85",
              keyPath: "dedup.threshold", line: 50, fragment: "dùng dấu chấm cho phần thập phân: 0.85"),
        .init(name: "min_confidence out of range",
              yaml: CampaignFixture.valid + "\nclassification:\n  min_confidence: -0.1",
              keyPath: "classification.min_confidence", line: 50, fragment: "phải từ 0 đến 1"),
        .init(name: "bad privacy field",
              yaml: CampaignFixture.valid + "\nprivacy:\n  consolidated: [name, birthyear]",
              keyPath: "privacy.consolidated[1]", line: 50, fragment: "có phải ý bạn là \"birth_year\"?"),
        .init(name: "YAML syntax error: tab indentation",
              yaml: CampaignFixture.valid(replacing: "  forward: 2025-08-08", with: "\tforward: 2025-08-08"),
              keyPath: "", line: 9, fragment: "YAML viết sai cú pháp: dòng này thụt lề bằng phím Tab"),
        .init(name: "YAML syntax error: unclosed quote, at the quote",
              yaml: CampaignFixture.valid(replacing: "  answer: \"2025-08-20\"", with: "  answer: \"2025-08-20"),
              keyPath: "", line: 10, fragment: "dấu ngoặc kép mở ở dòng này chưa được đóng"),
        .init(name: "YAML syntax error: unclosed quote on the last line",
              yaml: CampaignFixture.valid(replacing: "    name: Khác\n    lead: SNV", with: "    name: Khác\n    lead: \"SNV"),
              keyPath: "", line: 48, fragment: "dấu ngoặc kép mở ở dòng này chưa được đóng"),
        .init(name: "YAML syntax error: colon inside a value",
              yaml: CampaignFixture.valid(replacing: "theme: Thanh niên", with: "theme: Chủ đề: Thanh niên"),
              keyPath: "", line: 5, fragment: "đặt cả giá trị trong dấu ngoặc kép"),
        .init(name: "duplicate mapping key, at the repetition",
              yaml: CampaignFixture.valid(replacing: "  minutes: 120", with: "  date: 2025-08-29"),
              keyPath: "", line: 13, fragment: "khóa \"date\" được viết hai lần trong cùng một nhóm (lần đầu ở dòng 12)"),
    ]

    func testEachInvalidCaseReportsItsKeyPathLineAndMessage() {
        for testCase in Self.cases {
            let problems = CampaignLoaderAssertions.problems(in: testCase.yaml)
            let matching = problems.filter { $0.keyPath == testCase.keyPath }
            guard let problem = matching.first else {
                XCTFail("\(testCase.name): no problem at \(testCase.keyPath), got \(problems)")
                continue
            }
            XCTAssertEqual(problem.line, testCase.line, "\(testCase.name): \(problem)")
            XCTAssertTrue(problem.message.contains(testCase.fragment),
                          "\(testCase.name): \"\(problem.message)\" lacks \"\(testCase.fragment)\"")
        }
    }

    /// One mistake, one problem: no echo such as "missing deadlines" after "did you mean deadlines".
    func testEachSingleMistakeYieldsExactlyOneProblem() {
        for testCase in Self.cases {
            let problems = CampaignLoaderAssertions.problems(in: testCase.yaml)
            XCTAssertEqual(problems.count, 1, "\(testCase.name): \(problems.map(\.message))")
        }
    }

    func testSeveralProblemsAreReportedAtOnceInLineOrder() {
        let yaml = CampaignFixture.valid(replacing: [
            ("    lead: SNV", "    lead: SYT2"),
            ("year: 2025", "year: hai nghìn"),
            ("  - code: TD", "  - code: \"01279\""),
            ("  forward: 2025-08-08", "  forward: 2025-08-01"),
            ("    name: Khác", "    nam: Khác"),
        ]) + "\nprivcy:\n  consolidated: [name]"
        let problems = CampaignLoaderAssertions.problems(in: yaml)

        // The unknown top-level key is found first but, on the last lines, is listed last.
        XCTAssertEqual(problems.map(\.keyPath), [
            "year", "deadlines.forward", "units[2].code", "topics[0].lead", "topics[2].nam", "privcy",
        ])
        XCTAssertEqual(problems.map(\.line), [3, 9, 30, 36, 47, 49])
    }
}
