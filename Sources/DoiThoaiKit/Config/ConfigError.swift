import Foundation

/// One thing wrong in a configuration file: where it is, and in plain Vietnamese what is
/// wrong and how to fix it.
public struct ConfigProblem: Equatable, Sendable {
    /// 1-based line in the file; nil only when the problem has no place (unreadable or empty file).
    public let line: Int?
    /// 1-based column (counted in Unicode scalars, as libYAML does), when known.
    public let column: Int?
    /// Where in the YAML tree, e.g. `topics[3].lead`; list indices count from 0.
    /// Empty when the problem concerns the whole file (a syntax error, an empty file).
    public let keyPath: String
    /// What is wrong and how to fix it, for the office's IT officer.
    public let message: String

    /// Creates a problem; `line` and `column` are 1-based.
    public init(line: Int?, column: Int? = nil, keyPath: String, message: String) {
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    /// The problem as one line for the officer, e.g.
    /// `campaign.yml, dòng 40 (topics[3].lead): cơ quan chủ trì "SYT2" …`.
    public func formatted(file: String) -> String {
        var place = file
        if let line { place += ", dòng \(line)" }
        if !keyPath.isEmpty { place += " (\(keyPath))" }
        return "\(place): \(message)"
    }
}

/// A configuration file that cannot be used, with every problem found in it (not just the
/// first), so that the officer can fix them all in one pass.
public struct ConfigError: Error, CustomStringConvertible {
    /// The file's name as shown to the officer, e.g. `campaign.yml`.
    public let file: String
    /// Every problem found, in the order of the file's lines.
    public let problems: [ConfigProblem]

    /// Creates an error for `file` with its problems.
    public init(file: String, problems: [ConfigProblem]) {
        self.file = file
        self.problems = problems
    }

    /// All problems, one per line, each prefixed by the file name and line.
    public var description: String {
        problems.map { $0.formatted(file: file) }.joined(separator: "\n")
    }
}

// So that `error.localizedDescription` (what a command line prints by default) shows the
// problems rather than Foundation's generic "The operation could not be completed".
extension ConfigError: LocalizedError {
    /// Same as `description`.
    public var errorDescription: String? { description }
}
