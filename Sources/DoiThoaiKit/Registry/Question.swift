/// A question the campaign holds, with the code it keeps for ever.
public struct Question: Hashable, Sendable {
    /// `CB25-0001`: what departments answer by; never changes across runs.
    public var code: String
    /// The number behind the code, in order of first arrival.
    public var sequence: Int
    /// Same unit, same asker, same matching text: a re-sent row has the same fingerprint.
    public var fingerprint: String
    public var unitCode: String
    public var unitName: String
    public var text: String
    public var asker: Asker
    public var category: AskerCategory
    public var suggestedTopic: String?
    public var submittedAt: String?
    /// Where it was first seen.
    public var source: SourcePlace

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
