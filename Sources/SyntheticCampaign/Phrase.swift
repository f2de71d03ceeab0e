import Foundation

/// How a question is typed: as the phrase banks write it, without diacritics, or with the
/// old tone placement. The grouping stage must see through the last two.
enum Spelling: Int, CaseIterable, Sendable {
    case standard, withoutDiacritics, oldTones
}

/// A piece of text with its UTF-8 bytes in every spelling, worked out once, so that a
/// million rows are written by copying bytes rather than by building strings.
struct Phrase: Sendable {
    let text: String
    private let spellings: [[UInt8]]

    init(_ text: String) {
        self.text = text
        spellings = [
            Array(text.utf8),
            Array(VietnameseSpelling.withoutDiacritics(text).utf8),
            Array(VietnameseSpelling.oldTonePlacement(text).utf8),
        ]
    }

    func bytes(_ spelling: Spelling) -> [UInt8] {
        spellings[spelling.rawValue]
    }
}

/// A phrase with a number inside ("có khoảng {n} thanh niên"), cut at the placeholder.
struct NumberedPhrase: Sendable {
    let numbers: ClosedRange<Int>
    let head: Phrase
    let tail: Phrase

    init(_ text: String, _ numbers: ClosedRange<Int>) {
        let parts = text.components(separatedBy: "{n}")
        precondition(parts.count == 2, "a numbered phrase holds {n} once: \(text)")
        self.numbers = numbers
        head = Phrase(parts[0])
        tail = Phrase(parts[1])
    }
}
