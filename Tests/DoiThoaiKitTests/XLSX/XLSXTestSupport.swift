import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import DoiThoaiKit

/// Base class: a fresh temporary directory per test, and helpers that read parts of a
/// written .xlsx with /usr/bin/unzip.
class XLSXTestCase: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsx-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Checks that the dynamic linker's first definition of `symbol`, which libxlsxwriter's
    /// calls through its PLT reach, is `ours` (a C target of this package) and not the
    /// library's own.
    func assertLibraryCallsOurs(_ symbol: String, _ ours: UnsafeMutableRawPointer,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try XCTUnwrap(dlsym(UnsafeMutableRawPointer(bitPattern: 0), symbol), file: file, line: line)
        let library = try XCTUnwrap(dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_NOLOAD), file: file, line: line)
        defer { dlclose(library) }
        let libraryOwn = try XCTUnwrap(dlsym(library, symbol), file: file, line: line)
        XCTAssertEqual(first, ours, file: file, line: line)
        XCTAssertNotEqual(first, libraryOwn, file: file, line: line)
    }

    /// A workbook with one sheet, filled by `body`, closed, and its path returned.
    func makeWorkbook(
        _ name: String = "test.xlsx", options: XLSXWorkbook.Options = .init(), sheet: String = "Trang tính",
        _ body: (XLSXWorkbook, XLSXWorksheet) throws -> Void
    ) throws -> String {
        let file = path(name)
        let workbook = try XLSXWorkbook(path: file, options: options)
        let worksheet = try workbook.addWorksheet(named: sheet)
        try body(workbook, worksheet)
        try workbook.close()
        return file
    }

    /// Output of `unzip` with `arguments`.
    func unzip(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "unzip \(arguments.joined(separator: " ")) failed")
        return data
    }

    /// Names of the parts in the archive (`unzip -Z1`).
    func parts(_ file: String) throws -> [String] {
        String(decoding: try unzip(["-Z1", file]), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// One part's text (`unzip -p`).
    func part(_ file: String, _ name: String) throws -> String {
        String(decoding: try unzip(["-p", file, name]), as: UTF8.self)
    }

    /// Cells of `xl/worksheets/sheetN.xml`, keyed by reference ("A1").
    func cells(_ file: String, sheet: Int = 1) throws -> [String: CellXML] {
        try SheetXMLReader.cells(Data(part(file, "xl/worksheets/sheet\(sheet).xml").utf8))
    }

    /// Strings of `xl/sharedStrings.xml`, in index order.
    func sharedStrings(_ file: String) throws -> [String] {
        try SheetXMLReader.sharedStrings(Data(part(file, "xl/sharedStrings.xml").utf8))
    }

    /// Every string cell's text on every worksheet, shared or inline.
    func allStrings(_ file: String) throws -> [String] {
        let sheets = try parts(file).filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
        return try sheets.flatMap { name in
            try SheetXMLReader.cells(Data(part(file, name).utf8)).values.compactMap { try text(of: $0, in: file) }
        }
    }

    /// The text a reader shows for a string cell, shared or inline.
    func text(of cell: CellXML?, in file: String) throws -> String? {
        guard let cell else { return nil }
        switch cell.type {
        case "s": return try cell.value.flatMap(Int.init).map { try sharedStrings(file)[$0] }
        case "inlineStr": return cell.inlineText
        default: return nil
        }
    }

    /// Runs `body`, expecting an `XLSXError`, and returns it.
    func expectError(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> XLSXError? {
        do {
            try body()
            XCTFail("expected an XLSXError", file: file, line: line)
        } catch let error as XLSXError {
            return error
        } catch {
            XCTFail("expected an XLSXError, got \(error)", file: file, line: line)
        }
        return nil
    }
}

/// One `<c>` element of a worksheet.
struct CellXML: Equatable {
    var type: String?
    var style: String?
    var value: String?
    var formula: String?
    var inlineText: String?
}

/// Parses the few worksheet and shared-string elements the tests look at.
final class SheetXMLReader: NSObject, XMLParserDelegate {
    private(set) var cells: [String: CellXML] = [:]
    private(set) var strings: [String] = []
    private var reference: String?
    private var text = ""
    private var inSharedItem = false

    static func cells(_ data: Data) throws -> [String: CellXML] { try parse(data).cells }
    static func sharedStrings(_ data: Data) throws -> [String] { try parse(data).strings }

    private static func parse(_ data: Data) throws -> SheetXMLReader {
        let reader = SheetXMLReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        switch element {
        case "c":
            reference = attributes["r"]
            if let reference { cells[reference] = CellXML(type: attributes["t"], style: attributes["s"]) }
        case "si": inSharedItem = true; strings.append("")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v": if let reference { cells[reference]?.value = text }
        case "f": if let reference { cells[reference]?.formula = text }
        case "t" where inSharedItem: strings[strings.count - 1] += text
        case "t": if let reference { cells[reference]?.inlineText = text }
        case "si": inSharedItem = false
        case "c": reference = nil
        default: break
        }
    }
}
