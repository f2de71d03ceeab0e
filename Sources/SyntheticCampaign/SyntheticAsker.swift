/// An invented asker: name, birth year, category, hamlet, phone in the invented form
/// `09x x000 xxx`, and an `@example.com` address.
struct SyntheticAsker: Sendable {
    let gender: Int
    let surname: Int
    let middle: Int
    let given: Int
    let category: Int
    let formCategory: Int
    let birthYear: Int
    /// Where they live: a hamlet, or a ward's residential group, of `PeoplePhrases.hamlets`.
    let hamlet: Int
    /// The phone's three free digits after `09`, and its last three.
    let phoneHead: Int
    let phoneTail: Int

    static func random(hamlet: Int, using random: inout SeededGenerator) -> SyntheticAsker {
        let gender = random.index(2)
        let category = pickCategory(using: &random)
        return SyntheticAsker(
            gender: gender, surname: random.index(PeoplePhrases.surnames.count),
            middle: random.index(PeoplePhrases.middleNames[gender].count),
            given: random.index(PeoplePhrases.givenNames[gender].count), category: category,
            formCategory: random.index(PeoplePhrases.formCategories.count),
            birthYear: random.number(in: PeoplePhrases.categories[category].born), hamlet: hamlet,
            phoneHead: random.number(in: 10...99), phoneTail: random.number(in: 0...999))
    }

    /// The same person under another name (when the first would repeat a row already written).
    func renamed(using random: inout SeededGenerator) -> SyntheticAsker {
        SyntheticAsker(
            gender: gender, surname: random.index(PeoplePhrases.surnames.count),
            middle: random.index(PeoplePhrases.middleNames[gender].count),
            given: random.index(PeoplePhrases.givenNames[gender].count), category: category,
            formCategory: formCategory, birthYear: birthYear, hamlet: hamlet, phoneHead: phoneHead, phoneTail: phoneTail)
    }

    /// Equal for two askers exactly when their names fold to the same letters.
    var nameKey: UInt32 {
        UInt32(gender) << 24 | UInt32(surname) << 16 | UInt32(middle) << 8 | UInt32(given)
    }

    private static func pickCategory(using random: inout SeededGenerator) -> Int {
        let total = PeoplePhrases.categories.reduce(0) { $0 + $1.weight }
        var roll = random.index(total)
        for (index, category) in PeoplePhrases.categories.enumerated() {
            if roll < category.weight { return index }
            roll -= category.weight
        }
        return 0
    }

    var name: [UInt8] {
        PeoplePhrases.surnames[surname].bytes(.standard) + [UInt8(ascii: " ")]
            + PeoplePhrases.middleNames[gender][middle].bytes(.standard) + [UInt8(ascii: " ")]
            + PeoplePhrases.givenNames[gender][given].bytes(.standard)
    }

    func categoryLabel(onForm: Bool) -> [UInt8] {
        onForm ? PeoplePhrases.formCategories[formCategory].bytes(.standard)
            : PeoplePhrases.categories[category].label.bytes(.standard)
    }

    /// "0915 000 273" as clerks type it, "0915000273" as a form receives it.
    func phone(spaced: Bool) -> [UInt8] {
        let tail = String(repeating: "0", count: phoneTail < 10 ? 2 : phoneTail < 100 ? 1 : 0) + String(phoneTail)
        return Array((spaced ? "09\(phoneHead) 000 \(tail)" : "09\(phoneHead)000\(tail)").utf8)
    }

    /// "hoangvankhanh2001@example.com".
    var email: [UInt8] {
        let parts = [PeoplePhrases.surnames[surname], PeoplePhrases.middleNames[gender][middle],
                     PeoplePhrases.givenNames[gender][given]]
        let letters = parts.flatMap { $0.bytes(.withoutDiacritics) }.map { (65...90).contains($0) ? $0 + 32 : $0 }
        return letters + Array("\(birthYear)@example.com".utf8)
    }

    /// "Xóm Nà Mạ, xã Bảo Lạc" or "Tổ dân phố Khau Lình, phường Tân Giang".
    func address(in unit: SenderUnit) -> [UInt8] {
        let place = (unit.role == .ward ? "Tổ dân phố " : "Xóm ") + PeoplePhrases.hamlets[hamlet].text
        return Array(place.utf8) + Array(", ".utf8) + unit.inSentence.bytes(.standard)
    }
}
