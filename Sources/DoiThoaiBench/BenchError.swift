/// Why the benchmark could not go on.
public enum BenchError: Error, CustomStringConvertible, Equatable {
    /// A file the harness reads was not in the expected shape.
    case malformed(what: String, detail: String)
    /// A program the harness needs is not there.
    case missingProgram(path: String, hint: String)
    /// A helper command (generator, floor) failed.
    case commandFailed(command: String, status: Int32, output: String)

    public var description: String {
        switch self {
        case .malformed(let what, let detail):
            return "\(what): \(detail)"
        case .missingProgram(let path, let hint):
            return "\(path) is missing: \(hint)"
        case .commandFailed(let command, let status, let output):
            return "\(command) exited with status \(status):\n\(output)"
        }
    }
}
