/// A question the campaign holds, with the code it keeps for ever.
///
/// An immutable class, not a struct: the same question is held by the admission, the
/// grouper's match space and each processed question, and passed through every stage; as a
/// struct each of those held and copied its dozen fields (retaining each string), as a
/// class they share one object.
public final class Question: Hashable, Sendable {
    /// `CB25-0001`: what departments answer by; never changes across runs.
    public let code: String
    /// The number behind the code, in order of first arrival.
    public let sequence: Int
    /// Same unit, same asker, same matching text: a re-sent row has the same fingerprint.
    public let fingerprint: String
    public let unitCode: String
    public let unitName: String
    public let text: String
    public let asker: Asker
    public let category: AskerCategory
    public let suggestedTopic: String?
    public let submittedAt: String?
    /// Where it was first seen.
    public let source: SourcePlace

    public init(code: String, sequence: Int, fingerprint: String, unitCode: String, unitName: String,
                text: String, asker: Asker, category: AskerCategory, suggestedTopic: String?,
                submittedAt: String?, source: SourcePlace) {
        self.code = code
        self.sequence = sequence
        self.fingerprint = fingerprint
        self.unitCode = unitCode
        self.unitName = unitName
        self.text = text
        self.asker = asker
        self.category = category
        self.suggestedTopic = suggestedTopic
        self.submittedAt = submittedAt
        self.source = source
    }

    public static func == (a: Question, b: Question) -> Bool {
        a === b || (a.code == b.code && a.sequence == b.sequence && a.fingerprint == b.fingerprint
            && a.unitCode == b.unitCode && a.unitName == b.unitName && a.text == b.text && a.asker == b.asker
            && a.category == b.category && a.suggestedTopic == b.suggestedTopic && a.submittedAt == b.submittedAt
            && a.source == b.source)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(fingerprint)
    }

    /// The fingerprint of an incoming row: a row already seen under any encoding,
    /// spacing or case of its text has the same one. Stored as a SHA-256, because it is made
    /// from the asker's name: after `purge-personal` the name must not remain readable in it,
    /// while a re-sent row must still be recognised.
    public static func fingerprint(of incoming: IncomingQuestion) -> String {
        hashed(clear: [incoming.unit.code, VietnameseText.matchKey(incoming.text), VietnameseText.fold(incoming.asker.name ?? "")]
            .joined(separator: "\u{1F}"))
    }

    /// The stored form of a fingerprint. Frozen: registry migration v4 uses it on old rows.
    static func hashed(clear: String) -> String {
        SHA256.hex(Array(clear.utf8))
    }
}
