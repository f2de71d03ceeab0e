/// What a question says, as indices into the phrase banks: two drafts are the same question
/// exactly when they are equal. Small, so a million of them fit in a few megabytes, and the
/// text is written again from it whenever a copy is made.
struct QuestionDraft: Hashable, Sendable {
    var theme: UInt8
    var action: UInt8
    var target: UInt8
    var beneficiary: UInt8
    /// The unit the question is about (index into `CampaignFacts.units`): the asker's own,
    /// or, for the Youth Union, some commune.
    var place: UInt16
    /// A hamlet (xóm) or, in a ward, a residential group (tổ dân phố): `PeoplePhrases.hamlets`.
    var hamlet: UInt16
    var situation: UInt8
    var number: UInt16
    var consequence: UInt8
    /// One of `QuestionPhrases.details` plus one, or 0 for none.
    var detail: UInt8
    var detailNumber: UInt16

    /// Share of questions that state a specific fact (`QuestionPhrases.details`).
    static let detailShare = 0.85

    /// A new question about `place` (and `hamlet` there), its other pieces at random.
    static func random(place: Int, hamlet: Int, using random: inout SeededGenerator) -> QuestionDraft {
        let themeIndex = random.index(Theme.all.count)
        let theme = Theme.all[themeIndex]
        let situation = random.index(theme.situations.count)
        let detail = random.chance(detailShare) ? random.index(QuestionPhrases.details.count) : nil
        return QuestionDraft(
            theme: UInt8(themeIndex), action: UInt8(random.index(theme.actions.count)),
            target: UInt8(random.index(theme.targets.count)),
            beneficiary: UInt8(random.index(theme.beneficiaries.count)), place: UInt16(place), hamlet: UInt16(hamlet),
            situation: UInt8(situation), number: UInt16(random.number(in: theme.situations[situation].numbers)),
            consequence: UInt8(random.index(theme.consequences.count)),
            detail: detail.map { UInt8($0 + 1) } ?? 0,
            detailNumber: detail.map { UInt16(random.number(in: QuestionPhrases.details[$0].numbers)) } ?? 0)
    }
}

/// How a draft is worded: the opening and closing, the spelling, and whether the situation
/// comes before the request. A reworded copy keeps the draft and changes these.
struct Wording: Sendable {
    var opening: Int
    var closing: Int
    var spelling: Spelling
    var situationFirst: Bool

    /// The wording of a question asked for the first time: standard spelling, request first.
    static func original(using random: inout SeededGenerator) -> Wording {
        Wording(opening: random.index(QuestionPhrases.openings.count), closing: random.index(QuestionPhrases.closings.count),
                spelling: .standard, situationFirst: false)
    }

    /// Another wording of `original`: always another opening, and at random the situation
    /// first, no diacritics or the old tone placement.
    static func rewording(of original: Wording, using random: inout SeededGenerator) -> Wording {
        let count = QuestionPhrases.openings.count
        let opening = (original.opening + 1 + random.index(count - 1)) % count
        let spelling: Spelling = random.chance(0.3) ? .withoutDiacritics : random.chance(0.4) ? .oldTones : .standard
        return Wording(opening: opening, closing: random.index(QuestionPhrases.closings.count), spelling: spelling,
                       situationFirst: random.chance(0.35))
    }
}
