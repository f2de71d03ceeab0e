/// Staff corrections to grouping, from `input/corrections/`, honoured by every run.
public struct GroupCorrections: Equatable, Sendable {
    /// Question code → the code of a question whose group it must join.
    public var sameAs: [String: String]
    /// Question code → codes of questions whose group it must not be in.
    public var notDuplicateOf: [String: Set<String>]

    public init(sameAs: [String: String] = [:], notDuplicateOf: [String: Set<String>] = [:]) {
        self.sameAs = sameAs
        self.notDuplicateOf = notDuplicateOf
    }

    public var isEmpty: Bool { sameAs.isEmpty && notDuplicateOf.isEmpty }
}
