import XCTest
@testable import DoiThoaiKit

final class NearDuplicateGrouperTests: XCTestCase {
    let grouper = NearDuplicateGrouper(threshold: 0.6)

    func questions(_ texts: [(String, CampaignUnit)]) -> [Question] {
        Fixtures.questions(texts.enumerated().map { Fixtures.incoming($1.0, unit: $1.1, row: $0 + 2) })
    }

    let rows: [(String, CampaignUnit)] = [
        ("Đề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên nông thôn", Fixtures.damThuy),
        ("Bao giờ xóm em có sóng điện thoại 4G?", Fixtures.damThuy),
        ("ĐỀ NGHỊ hỗ trợ vay vốn, khởi nghiệp cho thanh niên nông thôn!", Fixtures.thucPhan),
        ("Cho em hỏi tỉnh có hỗ trợ vay vốn khởi nghiệp cho thanh niên nông thôn không ạ?", Fixtures.tinhDoan),
        ("de nghi ho tro vay von khoi nghiep cho thanh nien nong thon", Fixtures.thucPhan),
    ]

    func testTheSameConcernInOtherWordsFromSeveralUnitsIsOneGroup() {
        let groups = grouper.groups(of: questions(rows))
        XCTAssertEqual(groups.map(\.members), [["CB25-0001", "CB25-0003", "CB25-0004", "CB25-0005"], ["CB25-0002"]])
        XCTAssertEqual(groups[0].code, "CB25-0001")
        XCTAssertEqual(groups[0].units, ["Xã Đàm Thủy", "Phường Thục Phán", "Tỉnh đoàn Cao Bằng"])
        // The first member represents the group: every member was found similar to it.
        XCTAssertEqual(groups[0].representative, "CB25-0001")
        XCTAssertEqual(groups[0].similarities[0], 1)  // CB25-0001
        XCTAssertGreaterThan(groups[0].similarities[3], 0.6)  // CB25-0005
    }

    func testAFirstMemberTypedWithoutDiacriticsIsNotTheRepresentative() {
        let texts: [(String, CampaignUnit)] = [
            ("de nghi ho tro vay von khoi nghiep cho thanh nien", Fixtures.thucPhan),
            ("Đề nghị hỗ trợ vay vốn khởi nghiệp cho thanh niên", Fixtures.damThuy),
        ]
        let groups = grouper.groups(of: questions(texts))
        XCTAssertEqual(groups.map(\.members), [["CB25-0001", "CB25-0002"]])
        XCTAssertEqual(groups[0].code, "CB25-0001")
        XCTAssertEqual(groups[0].representative, "CB25-0002")
    }

    func testGroupsDoNotDependOnInputOrder() {
        let all = questions(rows)
        XCTAssertEqual(grouper.groups(of: all.reversed()), grouper.groups(of: all))
        XCTAssertEqual(grouper.groups(of: all.shuffled()), grouper.groups(of: all))
    }

    func testNoChaining() {
        // B is close to A and to C, but C is far from A: C must not join A's group.
        let texts: [(String, CampaignUnit)] = [
            ("hỗ trợ vay vốn khởi nghiệp nuôi bò", Fixtures.damThuy),
            ("hỗ trợ vay vốn khởi nghiệp nuôi bò trồng dẻ hồng", Fixtures.thucPhan),
            ("nuôi bò trồng dẻ hồng không hạt", Fixtures.tinhDoan),
        ]
        let all = questions(texts)
        let space = MatchSpace(all)
        let (ab, bc, ac) = (space.similarity(0, 1), space.similarity(1, 2), space.similarity(0, 2))
        XCTAssertLessThan(ac, min(ab, bc), "the fixture must be a chain: \(ab), \(bc), \(ac)")
        // A threshold that links A–B and B–C but not A–C.
        let threshold = (ac + min(ab, bc)) / 2
        let groups = NearDuplicateGrouper(threshold: threshold).groups(of: all)
        XCTAssertFalse(groups.contains { $0.members.contains("CB25-0001") && $0.members.contains("CB25-0003") }, "\(groups)")
        XCTAssertTrue(groups.contains { $0.members == ["CB25-0001", "CB25-0002"] }, "\(groups)")
    }

    func testLaterNightsKeepEarlierGroupsAndJoinThem() {
        let first = questions(Array(rows.prefix(3)))
        let before = grouper.groups(of: first)
        let existing = Dictionary(uniqueKeysWithValues: before.flatMap { g in g.members.map { ($0, g.code) } })
        let after = grouper.groups(of: questions(rows), existing: existing)
        for group in before {
            XCTAssertTrue(after.contains { $0.code == group.code && Set(group.members).isSubset(of: $0.members) })
        }
        XCTAssertTrue(after.first { $0.code == "CB25-0001" }!.members.contains("CB25-0004"))
    }

    func testAnEarlierGroupHoldsEvenWhenTheWordStatisticsChange() {
        let all = questions(rows)
        // Staff or an earlier night put the 4G question with the loan one: kept as given.
        let existing = ["CB25-0001": "CB25-0001", "CB25-0002": "CB25-0001"]
        let groups = grouper.groups(of: all, existing: existing)
        XCTAssertTrue(groups[0].members.contains("CB25-0002"))
    }

    func testCorrectionsOverrideTheWords() {
        let all = questions(rows)
        let corrections = GroupCorrections(sameAs: ["CB25-0002": "CB25-0001"],
                                           notDuplicateOf: ["CB25-0003": ["CB25-0001"], "CB25-0001": ["CB25-0003"]])
        let groups = NearDuplicateGrouper(threshold: 0.6, corrections: corrections).groups(of: all)
        let first = groups.first { $0.code == "CB25-0001" }!
        XCTAssertTrue(first.members.contains("CB25-0002"))
        XCTAssertFalse(first.members.contains("CB25-0003"))
    }

    func testSimilarityIsHighForTheSameWordsAndLowForOthers() {
        let space = MatchSpace(questions(rows))
        XCTAssertEqual(space.similarity(0, 2), 1, accuracy: 1e-9)
        XCTAssertLessThan(space.similarity(0, 1), 0.2)
    }
}

final class CorrectionFileReaderTests: XCTestCase {
    func testReadsBothKindsAndRejectsTheRest() {
        let text = """
        Mã câu hỏi,Sửa,Mã liên quan
        cb25-0002,Trùng với,CB25-0001
        CB25-0003,không trùng với,CB25-0001
        CB25-0004,gộp,CB25-0001
        CB25-0005,trùng với,
        """
        let reading = CorrectionFileReader().read(file: "sua.csv", bytes: Array(text.utf8))
        XCTAssertEqual(reading.rows.map(\.kind), [.sameAs, .notDuplicateOf])
        XCTAssertEqual(reading.rows.map(\.code), ["CB25-0002", "CB25-0003"])
        XCTAssertEqual(reading.rejections.map(\.row), [4, 5])
        var rejections: [Rejection] = []
        let corrections = GroupCorrections(reading.rows, knownCodes: ["CB25-0001", "CB25-0002"], rejections: &rejections)
        XCTAssertEqual(corrections.sameAs, ["CB25-0002": "CB25-0001"])
        XCTAssertEqual(corrections.notDuplicateOf, [:])
        XCTAssertEqual(rejections.map(\.row), [3], "CB25-0003 is unknown")
    }
}
