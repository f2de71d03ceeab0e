import DoiThoaiKit
import XCTest

// The class names carry the folder's name so that `swift test --filter Config` (which matches
// `Module.Class/method`, not folders) selects every test of the Config stage.
final class ConfigCampaignLoaderTests: XCTestCase {
    // MARK: - Valid files

    func testValidFileParsesIntoTheExpectedCampaign() throws {
        let campaign = try CampaignLoader.parse(yaml: CampaignFixture.valid, file: "campaign.yml")

        XCTAssertEqual(campaign.province, "Cao Bằng")
        XCTAssertEqual(campaign.year, 2025)
        XCTAssertEqual(campaign.theme, "Thanh niên Cao Bằng với chuyển đổi số")
        XCTAssertEqual(campaign.codePrefix, "CB25")
        XCTAssertEqual(campaign.deadlines, Deadlines(
            collect: Day(year: 2025, month: 8, day: 5),
            forward: Day(year: 2025, month: 8, day: 8),
            answer: Day(year: 2025, month: 8, day: 20)))
        XCTAssertEqual(campaign.dialogue, Dialogue(
            date: Day(year: 2025, month: 8, day: 28), minutes: 120, askMinutes: 2, answerMinutes: 7))
        XCTAssertEqual(campaign.departments.map(\.code), ["SNV", "SYT", "SGDDT"])
        XCTAssertEqual(campaign.departments[1].name, "Sở Y tế")
        XCTAssertEqual(campaign.units[2], CampaignUnit(code: "TD", name: "Tỉnh đoàn Cao Bằng", kind: "Tỉnh đoàn"))
        XCTAssertEqual(campaign.topics, [
            Topic(code: "viec-lam", name: "Việc làm, đào tạo nghề", lead: "SNV", co: ["SGDDT"],
                  keywords: ["việc làm", "học nghề", "xuất khẩu lao động"]),
            // "syt" is written in lower case and resolves to the department's own spelling.
            Topic(code: "an-sinh", name: "Y tế, an sinh xã hội", lead: "SYT", co: ["SNV"],
                  keywords: ["bảo hiểm y tế"]),
            Topic(code: "khac", name: "Khác", lead: "SNV", co: [], keywords: []),
        ])
    }

    func testAbsentOptionalSectionsTakeTheirDefaults() throws {
        let campaign = try CampaignLoader.parse(yaml: CampaignFixture.valid, file: "campaign.yml")

        XCTAssertEqual(campaign.dedup.threshold, 0.6)
        XCTAssertEqual(campaign.classification.minConfidence, 0.5)
        XCTAssertEqual(campaign.privacy.consolidated, [.name, .address])
    }

    func testOptionalSectionsAreRead() throws {
        let yaml = CampaignFixture.valid + """

            dedup:
              threshold: .9
            classification:
              min_confidence: 0.65
            privacy:
              consolidated: [name, birth_year, phone]
            """
        let campaign = try CampaignLoader.parse(yaml: yaml, file: "campaign.yml")

        XCTAssertEqual(campaign.dedup.threshold, 0.9)
        XCTAssertEqual(campaign.classification.minConfidence, 0.65)
        XCTAssertEqual(campaign.privacy.consolidated, [.name, .birthYear, .phone])
    }

    func testEmptyOptionalValuesMeanDefaultsOrNothing() throws {
        let yaml = CampaignFixture.valid(replacing: "    co: [SGDDT]", with: "    co:") + """

            dedup:
            privacy:
              consolidated: []
            """
        let campaign = try CampaignLoader.parse(yaml: yaml, file: "campaign.yml")

        XCTAssertEqual(campaign.topics[0].co, [])
        XCTAssertEqual(campaign.dedup, DedupOptions())
        XCTAssertEqual(campaign.privacy.consolidated, [])
    }

    /// YAML 1.1 would read `01273` as a number (even an octal one); a unit code is text as written.
    func testUnquotedNumericCodesKeepTheirLeadingZeros() throws {
        let yaml = CampaignFixture.valid(replacing: "  - code: TD", with: "  - code: 1273")
        let campaign = try CampaignLoader.parse(yaml: yaml, file: "campaign.yml")

        XCTAssertEqual(campaign.units.map(\.code), ["01273", "01279", "1273"])
    }

    // MARK: - Files on disk

    func testLoadReadsAFileWithAByteOrderMark() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("campaign-\(UUID().uuidString).yml")
        try Data(("\u{FEFF}" + CampaignFixture.valid).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        XCTAssertEqual(try CampaignLoader.load(contentsOf: url).province, "Cao Bằng")
    }

    func testMissingFileIsAConfigError() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/campaign.yml")

        XCTAssertThrowsError(try CampaignLoader.load(contentsOf: url)) { error in
            guard let error = error as? ConfigError else { return XCTFail("not a ConfigError: \(error)") }
            XCTAssertEqual(error.file, "campaign.yml")
            XCTAssertEqual(error.problems.count, 1)
            XCTAssertNil(error.problems.first?.line)
            XCTAssertTrue(error.problems.first?.message.contains("không tìm thấy tệp") ?? false)
        }
    }

    func testFileNotInUTF8IsAConfigError() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("campaign-\(UUID().uuidString).yml")
        try Data([0x70, 0x3A, 0x20, 0xC0, 0xFF, 0x0A]).write(to: url)  // invalid UTF-8 bytes
        defer { try? FileManager.default.removeItem(at: url) }

        XCTAssertThrowsError(try CampaignLoader.load(contentsOf: url)) { error in
            XCTAssertTrue((error as? ConfigError)?.description.contains("UTF-8") ?? false, "\(error)")
        }
    }

    // MARK: - How problems read

    func testDescriptionListsEveryProblemWithFileLineAndKeyPath() {
        let yaml = CampaignFixture.valid(replacing: [
            ("deadlines:", "deadline:"),
            ("    lead: SNV", "    lead: SYT2"),
        ])

        XCTAssertThrowsError(try CampaignLoader.parse(yaml: yaml, file: "campaign.yml")) { error in
            XCTAssertEqual(String(describing: error), """
                campaign.yml, dòng 7 (deadline): khóa "deadline" không được hỗ trợ — có phải ý bạn là "deadlines"?
                campaign.yml, dòng 36 (topics[0].lead): cơ quan chủ trì "SYT2" không có trong danh sách \
                departments — thêm cơ quan này vào departments hoặc sửa mã (có phải ý bạn là "SYT"?).
                """)
        }
    }

    func testProblemWithoutLineOrKeyPathNamesOnlyTheFile() {
        let problem = ConfigProblem(line: nil, keyPath: "", message: "tệp trống.")

        XCTAssertEqual(problem.formatted(file: "campaign.yml"), "campaign.yml: tệp trống.")
    }

    func testEmptyFileIsAProblem() {
        let problems = CampaignLoaderAssertions.problems(in: "# chỉ có chú thích\n")

        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems.first?.message.contains("tệp trống") ?? false, "\(problems)")
    }
}

final class TopicKeywordConfigTests: XCTestCase {
    func testWeightedAndNegativeKeywordsAreRead() throws {
        let yaml = CampaignFixture.valid(replacing: "    keywords: [việc làm, học nghề, xuất khẩu lao động]", with: [
            "    keywords:", "      - việc làm", "      - xuất khẩu lao động: 3", "    negative_keywords: [làm việc nhà]",
        ].joined(separator: "\n"))
        let topic = try CampaignLoader.parse(yaml: yaml, file: "campaign.yml").topics[0]
        XCTAssertEqual(topic.keywords, ["việc làm", "xuất khẩu lao động"])
        XCTAssertEqual(topic.keywordWeights, ["xuất khẩu lao động": 3])
        XCTAssertEqual(topic.negativeKeywords, ["làm việc nhà"])
    }

    func testAWeightThatIsNotAPositiveNumberIsReportedWithItsLine() {
        let yaml = CampaignFixture.valid(replacing: "    keywords: [việc làm, học nghề, xuất khẩu lao động]", with: [
            "    keywords:", "      - việc làm", "      - xuất khẩu lao động: 0", "      - học nghề: nhiều",
        ].joined(separator: "\n"))
        let problems = CampaignLoaderAssertions.problems(in: yaml)
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertTrue(problems.contains { $0.message.contains("phải lớn hơn 0") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.message.contains("phải là một số") }, "\(problems)")
    }
}
