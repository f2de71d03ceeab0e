import XCTest
@testable import DoiThoaiKit

final class FollowUpTests: XCTestCase {
    let stc = Department(code: "STC", name: "Sở Tài chính")
    let snv = Department(code: "SNV", name: "Sở Nội vụ")

    func commitment(due: Day?, progress: CommitmentProgress = .notReported) -> Commitment {
        Commitment(year: 2024, code: "CB24-0001", concern: "Vay vốn", department: stc, task: "Bổ sung vốn", due: due,
                   progress: progress, place: SourcePlace(file: "f.csv", row: 2))
    }

    func testStatusFollowsTheReportAndTheDueDay() {
        let due = Day(year: 2025, month: 9, day: 30)
        let before = Day(year: 2025, month: 9, day: 30), after = Day(year: 2025, month: 10, day: 1)
        XCTAssertEqual(commitment(due: due).status(on: before), .open)
        XCTAssertEqual(commitment(due: due).status(on: after), .overdue)
        XCTAssertEqual(commitment(due: due, progress: .inProgress).status(on: before), .inProgress)
        XCTAssertEqual(commitment(due: due, progress: .inProgress).status(on: after), .overdue)
        XCTAssertEqual(commitment(due: due, progress: .done).status(on: after), .done)
        XCTAssertEqual(commitment(due: nil).status(on: after), .open)
    }

    func testProgressAsClerksWriteIt() {
        XCTAssertEqual(CommitmentProgress(written: "Đã hoàn thành", result: nil), .done)
        XCTAssertEqual(CommitmentProgress(written: "hoan thanh", result: nil), .done)
        XCTAssertEqual(CommitmentProgress(written: "Đã thực hiện xong", result: nil), .done)
        XCTAssertEqual(CommitmentProgress(written: "Đang thực hiện", result: nil), .inProgress)
        XCTAssertEqual(CommitmentProgress(written: "Quá hạn", result: nil), .notReported)
        XCTAssertEqual(CommitmentProgress(written: "Chưa đến hạn", result: nil), .notReported)
        XCTAssertEqual(CommitmentProgress(written: nil, result: "Đã khảo sát 3 xóm"), .inProgress)
    }

    /// Two members of one group, STC answering the group with a promise: one commitment;
    /// SNV's answer without a promise: none.
    func snapshot(today: Day = Fixtures.afterDeadline) -> CampaignSnapshot {
        let questions = Fixtures.questions([
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp"),
            Fixtures.incoming("Đề nghị hỗ trợ vay vốn khởi nghiệp", unit: Fixtures.tinhDoan),
        ])
        let answers = [
            Answer(place: SourcePlace(file: "stc.csv", row: 2), code: "CB25-0001", department: stc,
                   text: "Năm 2026 bổ sung 5 tỷ đồng vốn ủy thác", form: .atDialogue, action: PromisedAction(due: "31/12/2026")),
            Answer(place: SourcePlace(file: "snv.csv", row: 2), code: "CB25-0001", department: snv, text: "Đã có chính sách",
                   form: .inWriting),
        ]
        return Processing.snapshot(campaign: Fixtures.campaign, questions: questions, answers: answers, today: today)
    }

    func testAPromiseToAGroupIsOneCommitment() {
        let followUp = FollowUp(reported: [], snapshot: snapshot())
        XCTAssertEqual(followUp.current.count, 1)
        let promised = followUp.current[0]
        XCTAssertEqual([promised.code, promised.department.code, promised.concern], ["CB25-0001", "STC", "Đề nghị hỗ trợ vay vốn khởi nghiệp"])
        XCTAssertEqual(promised.year, 2025)
        XCTAssertEqual(promised.due, Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(promised.status(on: followUp.today), .open)
    }

    /// Next year's file: earlier tasks carried, the done ones not handed on again; a row
    /// that is this year's task copied back gives it its report and is not listed twice.
    func testReportsCarryAndDoneTasksAreNotHandedOn() {
        let done = commitment(due: Day(year: 2025, month: 3, day: 31), progress: .done)
        var late = commitment(due: Day(year: 2025, month: 6, day: 30))
        late.code = "CB24-0002"
        var copiedBack = Commitment(year: 2025, code: "cb25-0001", concern: "", department: stc,
                                    task: "Năm 2026 bổ sung 5 tỷ đồng vốn ủy thác.", due: nil, result: "Đã trình UBND tỉnh",
                                    progress: .inProgress, place: SourcePlace(file: "f.csv", row: 4))
        copiedBack.code = copiedBack.code.uppercased()
        let followUp = FollowUp(reported: [done, late, copiedBack], snapshot: snapshot())
        XCTAssertEqual(followUp.carried.map(\.code), ["CB24-0001", "CB24-0002"])
        XCTAssertEqual(followUp.current.map(\.result), ["Đã trình UBND tỉnh"])
        XCTAssertEqual(followUp.current.map { $0.status(on: followUp.today) }, [.inProgress])
        XCTAssertEqual(followUp.handedOn.map(\.code), ["CB24-0002", "CB25-0001"])
        XCTAssertEqual(followUp.counts(followUp.carried), ["done": 1, "overdue": 1])
    }

    /// A row typed twice is listed twice: the office sees it, nothing is dropped.
    func testARowGivenTwiceIsListedTwice() {
        let row = commitment(due: nil)
        var again = row
        again.place.row = 3
        XCTAssertEqual(FollowUp(reported: [row, again], snapshot: snapshot()).carried.map(\.place.row), [2, 3])
    }

    /// What one year writes, the next reads back: same tasks, same days, same reports.
    func testTheHandedOnFileReadsBackAsTheSameTasks() {
        var reported = commitment(due: Day(year: 2025, month: 12, day: 31), progress: .inProgress)
        reported.result = "Đã lắp 3/7 trạm, \"còn\" 4"
        let followUp = FollowUp(reported: [reported], snapshot: snapshot(today: Day(year: 2025, month: 11, day: 1)))
        let csv = CommitmentsCSV.render(followUp)
        let back = FollowUpFileReader(departments: Fixtures.campaign.departments).read(file: CommitmentsCSV.name, bytes: Array(csv.utf8))
        XCTAssertEqual(back.rejections, [])
        XCTAssertEqual(back.rows.map(\.key), followUp.handedOn.map(\.key))
        XCTAssertEqual(back.rows.map(\.due), followUp.handedOn.map(\.due))
        XCTAssertEqual(back.rows.map(\.year), [2024, 2025])
        XCTAssertEqual(back.rows.map(\.result), [reported.result, nil])
        XCTAssertEqual(back.rows.map { $0.status(on: followUp.today) }, followUp.handedOn.map { $0.status(on: followUp.today) })
    }
}
