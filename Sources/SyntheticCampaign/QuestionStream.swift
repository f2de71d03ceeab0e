/// Decides, row after row in the pipeline's reading order, what each row is: a new question
/// (asked for the first time, or rewording an earlier one from another unit), a row re-sent
/// as it was, or a bad row; and predicts each new question's code as the pipeline will hand
/// it out.
struct QuestionStream {
    /// A question others may copy: the Youth Union's suggested questions and the concerns
    /// of many communes are few, and copied many times each.
    struct Original {
        let draft: QuestionDraft
        let wording: Wording
        let unit: Int
    }

    /// One new question in sixteen becomes an original others copy, so copies gather in
    /// groups of about ten, as a concern raised by many communes does.
    static let originalsPerFreshQuestion = 16

    let facts: CampaignFacts
    let options: SyntheticCampaignOptions
    var random: SeededGenerator
    private(set) var manifest: SyntheticCampaignManifest
    private var originals: [Original] = []
    private var freshQuestions = 0
    /// Unit, draft and asker's name of every new question: a row equal on all three would be
    /// "already known" to the pipeline and get no code, so it is never written by chance.
    private var written: Set<RowIdentity> = []

    init(facts: CampaignFacts, options: SyntheticCampaignOptions, random: SeededGenerator) {
        self.facts = facts
        self.options = options
        self.random = random
        manifest = SyntheticCampaignManifest(seed: options.seed)
    }

    /// Texts the pipeline rejects: empty, or without a letter.
    static let badTexts = ["", "-", "...", "?", "…", "---"]

    /// What a row is; only a new question gets a code.
    enum Row {
        case new(code: String, draft: QuestionDraft, asker: SyntheticAsker, wording: Wording)
        case resent
        case bad(text: String)
    }

    /// What the next row of a file of `unit` is; `canResend` when the file has rows to repeat.
    mutating func next(unit: Int, canResend: Bool) -> Row {
        manifest.rows += 1
        let roll = random.fraction()
        if roll < options.badShare {
            manifest.badRows += 1
            return .bad(text: random.pick(Self.badTexts))
        }
        if roll < options.badShare + options.resentShare && canResend {
            manifest.resentRows += 1
            return .resent
        }
        return newQuestion(unit: unit)
    }

    private mutating func newQuestion(unit: Int) -> Row {
        let copied = random.chance(options.nearDuplicateShare) ? copy(for: unit) : nil
        let (draft, wording) = if let copied { copied } else { fresh(for: unit) }
        var asker = SyntheticAsker.random(hamlet: hamlet(for: unit, draft: draft), using: &random)
        while !written.insert(RowIdentity(unit: UInt16(unit), draft: draft, name: asker.nameKey)).inserted {
            asker = asker.renamed(using: &random)
        }
        manifest.newQuestions += 1
        let code = Self.code(prefix: facts.campaign.codePrefix, sequence: manifest.newQuestions)
        if manifest.firstCode == nil { manifest.firstCode = code }
        manifest.lastCode = code
        return .new(code: code, draft: draft, asker: asker, wording: wording)
    }

    /// A reworded copy of an original from another unit, when there is one.
    private mutating func copy(for unit: Int) -> (QuestionDraft, Wording)? {
        guard !originals.isEmpty else { return nil }
        for _ in 0..<4 {
            let original = random.pick(originals)
            guard original.unit != unit else { continue }
            manifest.nearDuplicates += 1
            return (original.draft, Wording.rewording(of: original.wording, using: &random))
        }
        return nil
    }

    /// A question asked for the first time, about the asker's unit (or, for the Youth
    /// Union, some commune).
    private mutating func fresh(for unit: Int) -> (QuestionDraft, Wording) {
        let place = facts.units[unit].role == .youthUnion && !facts.localities.isEmpty ? random.pick(facts.localities) : unit
        let draft = QuestionDraft.random(place: place, hamlet: randomHamlet(in: place), using: &random)
        let wording = Wording.original(using: &random)
        freshQuestions += 1
        if originals.count < 1 + freshQuestions / Self.originalsPerFreshQuestion {
            originals.append(Original(draft: draft, wording: wording, unit: unit))
        }
        return (draft, wording)
    }

    /// Where the asker lives: where the question is about when that is their unit.
    private mutating func hamlet(for unit: Int, draft: QuestionDraft) -> Int {
        Int(draft.place) == unit ? Int(draft.hamlet) : randomHamlet(in: unit)
    }

    private mutating func randomHamlet(in unit: Int) -> Int {
        random.index(PeoplePhrases.hamlets.count)
    }

    /// `CB25-0007`: the prefix, a hyphen, and at least four digits, as the pipeline writes codes.
    static func code(prefix: String, sequence: Int) -> String {
        let digits = String(sequence)
        return prefix + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// What makes two rows the same question to the pipeline (same unit, asker's name and
/// text), on the generator's side: the draft stands for the text, whatever its wording.
struct RowIdentity: Hashable {
    let unit: UInt16
    let draft: QuestionDraft
    let name: UInt32
}
