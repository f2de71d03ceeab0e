/// Questions that raise the same concern, shown once with every unit that raised it.
public struct QuestionGroup: Hashable, Sendable {
    /// The representative's code; a lone question is a group of one with its own code.
    public var code: String
    /// Member codes in code order, the representative first.
    public var members: [String]
    /// Names of the units that raised it, in order of first appearance, without repeats.
    public var units: [String]

    public init(code: String, members: [String], units: [String]) {
        self.code = code
        self.members = members
        self.units = units
    }
}
