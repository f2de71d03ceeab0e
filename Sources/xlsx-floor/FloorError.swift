/// Why the floor could not be measured.
enum FloorError: Error, CustomStringConvertible {
    case unreadableRecord(line: Int, path: String)
    case library(operation: String, message: String)
    case libraryReturnedNull(function: String)

    var description: String {
        switch self {
        case .unreadableRecord(let line, let path):
            return "\(path): the record on line \(line) has broken quotes; give a questions.csv written by doithoai run"
        case .library(let operation, let message):
            return "libxlsxwriter: \(operation) failed: \(message)"
        case .libraryReturnedNull(let function):
            return "libxlsxwriter: \(function) returned NULL (out of memory, or the output folder cannot be written)"
        }
    }
}
