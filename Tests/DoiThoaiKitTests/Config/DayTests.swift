import XCTest
@testable import DoiThoaiKit

final class DayTests: XCTestCase {
    func testAddingDaysCrossesMonthsYearsAndLeapDays() {
        XCTAssertEqual(Day(year: 2025, month: 8, day: 28).adding(days: 12), Day(year: 2025, month: 9, day: 9))
        XCTAssertEqual(Day(year: 2025, month: 12, day: 25).adding(days: 12), Day(year: 2026, month: 1, day: 6))
        XCTAssertEqual(Day(year: 2024, month: 2, day: 28).adding(days: 1), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(Day(year: 2025, month: 2, day: 28).adding(days: 1), Day(year: 2025, month: 3, day: 1))
        XCTAssertEqual(Day(year: 2025, month: 3, day: 1).adding(days: -1), Day(year: 2025, month: 2, day: 28))
        XCTAssertEqual(Day(year: 2025, month: 8, day: 20).days(since: Day(year: 2025, month: 8, day: 8)), 12)
        XCTAssertEqual(Day(year: 2026, month: 1, day: 1).days(since: Day(year: 2025, month: 1, day: 1)), 365)
    }

    func testEveryDayOfFourYearsRoundTrips() {
        var day = Day(year: 2023, month: 1, day: 1)
        for _ in 0..<(4 * 366) {
            let next = day.adding(days: 1)
            XCTAssertGreaterThan(next, day)
            XCTAssertEqual(next.days(since: day), 1)
            XCTAssertNotNil(Day(iso: next.description), next.description)
            day = next
        }
    }

    func testDaysAsOfficesAndFormsWriteThem() {
        XCTAssertEqual(Day(written: "14/08/2025"), Day(year: 2025, month: 8, day: 14))
        XCTAssertEqual(Day(written: "4-8-2025"), Day(year: 2025, month: 8, day: 4))
        XCTAssertEqual(Day(written: "2025-08-14"), Day(year: 2025, month: 8, day: 14))
        XCTAssertNil(Day(written: "31/02/2025"))
        XCTAssertNil(Day(written: "14/08"))
        XCTAssertEqual(Day(written: "2025/07/24"), Day(year: 2025, month: 7, day: 24))
        XCTAssertEqual(Day(stamp: "2025/07/24 9:34:31 SA GMT+7"), Day(year: 2025, month: 7, day: 24))
        XCTAssertEqual(Day(stamp: "24/07/2025 09:34"), Day(year: 2025, month: 7, day: 24))
        XCTAssertNil(Day(stamp: "hôm qua"))
        XCTAssertNil(Day(written: "25/07/24"))
        XCTAssertNil(Day(written: "2025/02/30"))
    }

    func testALateQuestionGetsThePlansTimeFromItsOwnDate() {
        let deadlines = Fixtures.campaign.deadlines  // forward 08/08, answer 20/08: twelve days
        XCTAssertEqual(deadlines.answerDue(submitted: nil), deadlines.answer)
        XCTAssertEqual(deadlines.answerDue(submitted: Day(year: 2025, month: 8, day: 1)), deadlines.answer)
        XCTAssertEqual(deadlines.answerDue(submitted: Day(year: 2025, month: 8, day: 8)), deadlines.answer)
        XCTAssertEqual(deadlines.answerDue(submitted: Day(year: 2025, month: 8, day: 9)), deadlines.answer.adding(days: 1))
        XCTAssertEqual(deadlines.answerDue(submitted: Day(year: 2025, month: 10, day: 25)), Day(year: 2025, month: 11, day: 6))
    }

    func testSpacesTrimmedAsFoundationTrimsThem() {
        let texts = [" 05/08/2025 ", "\t2025-08-05\u{00A0}", "\u{3000}\u{2003}05.08.2025\u{202F}", "\n05/08/2025",
                     "05/08/2025\r", "", "   ", " \u{0301}05/08/2025", "05 / 08 / 2025", "\u{200B}05/08/2025"]
        for text in texts {
            XCTAssertEqual(Day.trimmingSpaces(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)5\(scalar)"
            XCTAssertEqual(Day.trimmingSpaces(text), text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(Day(written: "\u{00A0}05/08/2025\t"), Day(year: 2025, month: 8, day: 5))
        XCTAssertNil(Day(written: "\n05/08/2025"), "a line break is not a space")
    }

    func testTwoDigits() {
        XCTAssertEqual(Day.twoDigits(5), "05")
        XCTAssertEqual(Day.twoDigits(0), "00")
        XCTAssertEqual(Day.twoDigits(12), "12")
    }
}
