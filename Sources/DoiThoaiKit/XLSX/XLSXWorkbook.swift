import CTemporaryFiles
import CXLSXWriter
import CZipLevel
import Foundation

/// An XLSX file being written with libxlsxwriter.
///
/// Add worksheets, write cells, then call `close()`, which writes the file. If the
/// workbook is released without `close()`, `deinit` closes it and ignores errors.
/// Not thread-safe: use one workbook from one thread, from `init` to `close()`.
///
/// With `Options.constantMemory`, each worksheet streams its rows to a temporary file:
/// rows must be written in ascending order (the wrapper refuses an earlier row with
/// `XLSXError.Kind.rowOutOfOrder`), strings are stored inline instead of in the shared
/// string table, and an autofilter must be set before writing past its first row.
public final class XLSXWorkbook {
    /// Settings fixed when the workbook is created.
    public struct Options: Sendable {
        /// Stream rows to disk instead of keeping the sheet in memory (see the class notes).
        public var constantMemory: Bool
        /// Where libxlsxwriter puts its temporary files; must exist. `nil` uses the system's.
        public var temporaryDirectory: String?
        /// Creation time stored in the file; fixing it makes output byte-stable. `nil` means now.
        /// (libxlsxwriter reads the Unix time 0 as "now" too.)
        public var creationDate: Date?
        /// Document title (File › Properties).
        public var title: String?
        /// Document author (File › Properties).
        public var author: String?
        /// zlib's level (0–9) for deflating the file's parts at `close()`: lower is faster and
        /// larger. `nil` keeps libxlsxwriter's own, zlib's default (6).
        public var deflateLevel: Int32?

        public init(
            constantMemory: Bool = false, temporaryDirectory: String? = nil, creationDate: Date? = nil,
            title: String? = nil, author: String? = nil, deflateLevel: Int32? = nil
        ) {
            self.constantMemory = constantMemory
            self.temporaryDirectory = temporaryDirectory
            self.creationDate = creationDate
            self.title = title
            self.author = author
            self.deflateLevel = deflateLevel
        }
    }

    /// Where `close()` writes the file.
    public let path: String
    public let options: Options
    /// Names of the worksheets, in the order they were added.
    public private(set) var worksheetNames: [String] = []
    /// nil once closed: libxlsxwriter frees the workbook inside `workbook_close`.
    private(set) var handle: UnsafeMutablePointer<lxw_workbook>?
    /// C copies of the path and temporary directory, alive until the handle is gone.
    private var ownedCStrings: [UnsafeMutablePointer<CChar>] = []
    /// Sheet-name key (see `XLSXValidation.sheetKey`) to the name as added.
    private var sheetsByKey: [String: String] = [:]
    /// One libxlsxwriter format per distinct style; formats belong to the workbook.
    var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The styles used last, looked up first: a sheet's cells take turns among a few styles,
    /// and comparing them is cheaper than hashing one per cell (perf at 100k: hashing
    /// styles was ~5% of the Swift side of writing).
    var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []

    /// Creates the workbook; the file itself is written by `close()`.
    public init(path: String, options: Options = .init()) throws {
        self.path = path
        self.options = options
        let site = ErrorSite(operation: "create workbook")
        try require(Self.pathProblem(path, options), site)
        let cPath = own(path)
        let cTemp = options.temporaryDirectory.map(own)
        var lxwOptions = lxw_workbook_options(
            constant_memory: options.constantMemory ? 1 : 0, tmpdir: cTemp, use_zip64: 0)
        guard let handle = workbook_new_opt(cPath, &lxwOptions) else {
            throw error(.libraryReturnedNull(function: "workbook_new_opt"), site)
        }
        self.handle = handle
        // Temporary-file failures are kept per thread until asked (CTemporaryFiles): forget
        // any left from an earlier workbook, so that close() reports this one's only.
        _ = doithoai_temporary_files_take_error()
        do {
            try setProperties(site)
        } catch {
            // Free without writing: a half-configured workbook should not reach the disk.
            lxw_workbook_free(handle)
            self.handle = nil
            throw error
        }
    }

    deinit {
        if let handle { _ = workbook_close(handle) }
        ownedCStrings.forEach { free($0) }
    }

    /// Whether `close()` has run.
    public var isClosed: Bool { handle == nil }

    /// Adds a worksheet after checking Excel's naming rules, including uniqueness ignoring case.
    public func addWorksheet(named name: String) throws -> XLSXWorksheet {
        let site = ErrorSite(operation: "add worksheet", sheet: name)
        let workbook = try requireOpen(site)
        try require(XLSXValidation.text(name, field: "sheet name", limit: .max), site)
        if let problem = XLSXValidation.sheetName(name) {
            throw error(.invalidSheetName(name: name, problem: problem), site)
        }
        let key = XLSXValidation.sheetKey(name)
        if let existing = sheetsByKey[key] { throw error(.duplicateSheetName(name: name, existing: existing), site) }
        try check(workbook_validate_sheet_name(workbook, name), site)
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw error(.libraryReturnedNull(function: "workbook_add_worksheet"), site)
        }
        sheetsByKey[key] = name
        worksheetNames.append(name)
        return XLSXWorksheet(name: name, handle: sheet, workbook: self)
    }

    /// Writes the file. libxlsxwriter frees the workbook even when this fails, so the
    /// workbook is closed afterwards either way; a second call throws `.workbookClosed`.
    public func close() throws {
        let site = ErrorSite(operation: "close workbook")
        let workbook = try requireOpen(site)
        handle = nil
        formats.removeAll()  // freed by workbook_close with the workbook
        recentFormats.removeAll()
        // The level applies to this thread only, for the zip entries workbook_close writes.
        doithoai_zip_level_set(options.deflateLevel ?? -1)
        defer { doithoai_zip_level_set(-1) }
        let closed = workbook_close(workbook)
        // libxlsxwriter does not check its writes to temporary files; CTemporaryFiles does.
        let temporaryFailure = doithoai_temporary_files_take_error()
        try check(closed, site)
        if temporaryFailure != 0 { throw error(.temporaryFile(errorNumber: temporaryFailure), site) }
    }

    /// The actual name of the worksheet `name` refers to (compared ignoring case), if any.
    func worksheetName(matching name: String) -> String? {
        sheetsByKey[XLSXValidation.sheetKey(name)]
    }
}

// MARK: - Errors and library calls

extension XLSXWorkbook {
    func error(_ kind: XLSXError.Kind, _ site: ErrorSite) -> XLSXError {
        XLSXError(kind, at: site, path: path)
    }

    func require(_ problem: XLSXError.Kind?, _ site: ErrorSite) throws {
        if let problem { throw error(problem, site) }
    }

    /// Turns a libxlsxwriter return code into an error carrying the library's own message.
    func check(_ code: lxw_error, _ site: ErrorSite) throws {
        guard code != LXW_NO_ERROR else { return }
        let message = lxw_strerror(code).map { String(cString: $0) } ?? "unknown error"
        throw error(.library(code: Int(code.rawValue), message: message), site)
    }

    func requireOpen(_ site: ErrorSite) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw error(.workbookClosed, site) }
        return handle
    }

    /// Problems libxlsxwriter would report only at `close()`, after all the work is done.
    static func pathProblem(_ path: String, _ options: Options) -> XLSXError.Kind? {
        if path.isEmpty { return .invalidArgument("the output path is empty") }
        if let problem = XLSXValidation.text(path, field: "output path", limit: .max) { return problem }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !isDirectory(directory) {
            return .invalidArgument("the output directory '\(directory)' does not exist")
        }
        guard let temporary = options.temporaryDirectory else { return nil }
        if let problem = XLSXValidation.text(temporary, field: "temporary directory", limit: .max) { return problem }
        return isDirectory(temporary) ? nil : .invalidArgument("the temporary directory '\(temporary)' does not exist")
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A C copy kept until deinit, for pointers libxlsxwriter might keep.
    private func own(_ text: String) -> UnsafeMutablePointer<CChar> {
        let copy = strdup(text)!
        ownedCStrings.append(copy)
        return copy
    }

    /// Title, author and a fixed creation time; libxlsxwriter copies the strings.
    private func setProperties(_ site: ErrorSite) throws {
        guard options.title != nil || options.author != nil || options.creationDate != nil else { return }
        try require(options.title.flatMap { XLSXValidation.text($0, field: "title", limit: .max) }, site)
        try require(options.author.flatMap { XLSXValidation.text($0, field: "author", limit: .max) }, site)
        let title = options.title.map { strdup($0)! }
        let author = options.author.map { strdup($0)! }
        defer { free(title); free(author) }
        var properties = lxw_doc_properties()
        properties.title = title
        properties.author = author
        if let date = options.creationDate { properties.created = time_t(date.timeIntervalSince1970.rounded(.down)) }
        try check(workbook_set_properties(handle, &properties), site)
    }
}
