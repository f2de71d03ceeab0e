import XCTest
@testable import SyntheticCampaign

/// The banks' properties the code relies on.
final class PhraseBankTests: XCTestCase {
    private func folded(_ phrases: [Phrase]) -> [String] {
        phrases.map { VietnameseSpelling.ascii($0.text, separator: " ") }
    }

    /// The generator tells askers apart by name indices: two indices must never give names the
    /// pipeline folds alike (its "already known" test folds the asker's name).
    func testNamesAndHamletsFoldApart() {
        XCTAssertEqual(Set(folded(PeoplePhrases.surnames)).count, PeoplePhrases.surnames.count)
        for middles in PeoplePhrases.middleNames { XCTAssertEqual(Set(folded(middles)).count, middles.count) }
        let given = PeoplePhrases.givenNames.flatMap { $0 }
        XCTAssertEqual(Set(folded(given)).count, given.count, "men's and women's given names fold apart too")
        XCTAssertEqual(Set(folded(PeoplePhrases.hamlets)).count, PeoplePhrases.hamlets.count)
    }

    /// Two drafts give different texts in every spelling, so a copy never repeats a row by chance.
    func testBankEntriesFoldApart() {
        for theme in Theme.all {
            for bank in [theme.actions, theme.targets, theme.beneficiaries, theme.consequences] {
                XCTAssertEqual(Set(folded(bank)).count, bank.count, theme.name)
            }
            let situations = theme.situations.map { Phrase($0.head.text + "{n}" + $0.tail.text) }
            XCTAssertEqual(Set(folded(situations)).count, situations.count, theme.name)
        }
    }

    func testEveryThemeIndexFitsADraft() {
        for theme in Theme.all {
            XCTAssertLessThan(max(theme.actions.count, theme.targets.count, theme.situations.count, theme.consequences.count), 256)
        }
        XCTAssertLessThan(PeoplePhrases.hamlets.count, Int(UInt16.max))
    }
}
