import Foundation

/// A failure while building an XLSX workbook: either libxlsxwriter refused an
/// operation (its own message, from `lxw_strerror`) or the Swift layer refused
/// a value that would otherwise produce a file Excel or LibreOffice reject.
public struct XLSXError: Error, CustomStringConvertible {
    /// What went wrong, with the offending value.
    public enum Kind: Equatable, Sendable {
        /// libxlsxwriter returned a non-zero `lxw_error`; `message` is its own text.
        case library(code: Int, message: String)
        /// libxlsxwriter returned no object and no code (out of memory or bad file name).
        case libraryReturnedNull(function: String)
        /// Text longer than Excel allows in that place.
        case textTooLong(field: String, length: Int, limit: Int)
        /// A NUL character: C strings would silently cut the text there.
        case nulCharacter(field: String, offset: Int)
        /// NaN or ±infinity: libxlsxwriter writes them but readers reject the file.
        case nonFiniteNumber(field: String, value: String)
        /// Row outside `0..<1_048_576`.
        case rowOutOfRange(row: Int, limit: Int)
        /// Column outside `0..<16_384`.
        case columnOutOfRange(column: Int, limit: Int)
        /// A range whose first row/column comes after its last, or a value outside its limits.
        case invalidArgument(String)
        /// A worksheet name Excel would refuse.
        case invalidSheetName(name: String, problem: SheetNameProblem)
        /// A worksheet name equal, ignoring case, to one already in the workbook.
        case duplicateSheetName(name: String, existing: String)
        /// A chart range names a sheet this workbook does not have.
        case unknownSheet(String)
        /// Constant-memory mode streams rows; a row before the current one is lost.
        case rowOutOfOrder(row: Int, currentRow: Int)
        /// A merged range overlapping one already merged (Excel then "repairs" the file).
        case overlappingMerge(range: String, existing: String)
        /// The workbook was already closed (or the worksheet belongs to another workbook).
        case workbookClosed
        /// A temporary file (a part or a streamed sheet's rows) could not be written or read
        /// back, so the file would miss parts; `errorNumber` is the system's errno.
        case temporaryFile(errorNumber: Int32)
    }

    /// Why a worksheet name is refused.
    public enum SheetNameProblem: Equatable, Sendable {
        case empty
        case tooLong(length: Int, limit: Int)
        case forbiddenCharacter(Character)
        case apostropheAtEdge
    }

    /// What went wrong.
    public let kind: Kind
    /// The operation that failed, e.g. "write text".
    public let operation: String
    /// The workbook's file path.
    public let path: String
    /// The worksheet involved, if any.
    public let sheet: String?
    /// Zero-based row involved, if any.
    public let row: Int?
    /// Zero-based column involved, if any.
    public let column: Int?

    init(_ kind: Kind, at site: ErrorSite, path: String) {
        self.kind = kind
        self.operation = site.operation
        self.path = path
        self.sheet = site.sheet
        self.row = site.row
        self.column = site.column
    }

    /// One sentence: operation, file, place and reason.
    public var description: String {
        var text = "XLSX \(operation) failed for '\(path)'"
        if let sheet { text += ", sheet '\(sheet)'" }
        switch (row, column) {
        case let (row?, column?):
            text += ", cell \(CellReference.name(row: row, column: column)) (row \(row), column \(column))"
        case let (row?, nil): text += ", row \(row)"
        case let (nil, column?): text += ", column \(column)"
        case (nil, nil): break
        }
        return text + ": " + kind.message
    }
}

extension XLSXError.Kind {
    /// The reason in words, quoting the value and naming the limit.
    public var message: String {
        switch self {
        case let .library(code, message): return "libxlsxwriter error \(code): \(message)"
        case let .libraryReturnedNull(function): return "libxlsxwriter \(function)() returned NULL"
        case let .textTooLong(field, length, limit):
            return "\(field) has \(length) UTF-16 characters; Excel's limit is \(limit)"
        case let .nulCharacter(field, offset):
            return "\(field) contains a NUL character at UTF-16 offset \(offset); XLSX cannot store it"
        case let .nonFiniteNumber(field, value):
            return "\(field) is \(value); XLSX cells hold finite numbers only"
        case let .rowOutOfRange(row, limit): return "row \(row) is outside 0..<\(limit)"
        case let .columnOutOfRange(column, limit): return "column \(column) is outside 0..<\(limit)"
        case let .invalidArgument(text): return text
        case let .invalidSheetName(name, problem): return "sheet name '\(name)' \(problem.message)"
        case let .duplicateSheetName(name, existing):
            return "sheet name '\(name)' clashes with existing sheet '\(existing)' (names are compared ignoring case)"
        case let .unknownSheet(name): return "no worksheet named '\(name)' in this workbook"
        case let .rowOutOfOrder(row, current):
            return "row \(row) comes before current row \(current); constant-memory mode writes rows in order only"
        case let .overlappingMerge(range, existing):
            return "merged range \(range) overlaps merged range \(existing)"
        case .workbookClosed: return "the workbook is closed or is not this worksheet's workbook"
        case let .temporaryFile(errorNumber):
            return "a temporary file could not be written or read back (\(String(cString: strerror(errorNumber)))); the file would be incomplete"
        }
    }
}

extension XLSXError.SheetNameProblem {
    var message: String {
        switch self {
        case .empty: return "is empty"
        case let .tooLong(length, limit): return "has \(length) characters; Excel's limit is \(limit)"
        case let .forbiddenCharacter(character):
            return "contains '\(character)'; none of [ ] : * ? / \\ is allowed"
        case .apostropheAtEdge: return "starts or ends with an apostrophe"
        }
    }
}

/// Where an operation happened; turned into the context fields of an `XLSXError`.
struct ErrorSite {
    var operation: String
    var sheet: String? = nil
    var row: Int? = nil
    var column: Int? = nil
}
