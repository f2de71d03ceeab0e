import Foundation

/// One CSV record: its fields and the 1-based line on which it starts.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// True when every field is empty or blank (a blank line, or `,,,,` from Excel).
    public var isBlank: Bool {
        fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

/// A CSV file that cannot be cut into records.
public struct CSVError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String
}

/// An RFC 4180 reader over UTF-8 bytes: quoted fields with embedded newlines and
/// doubled quotes, CRLF, LF or CR line ends, and a delimiter chosen per file.
///
/// Written by hand rather than taken from a package: on this kind of machine, for 1M
/// rows (217 MB), a byte-level Swift reader took 0.9 s where CSV.swift took 16.7 s and
/// SwiftCSV 20.1 s (figures from issue #3; this reader's own figure belongs in
/// BENCHMARKS.md once `make bench` exists). Fields become Strings only once cut.
public struct CSVReader {
    public let delimiter: UInt8
    private let bytes: [UInt8]

    public init(utf8 bytes: [UInt8], delimiter: UInt8? = nil) {
        self.bytes = bytes
        self.delimiter = delimiter ?? CSVDelimiter.detect(in: bytes)
    }

    /// All records in file order, up to the first record that cannot be cut (an
    /// unclosed quote swallows the rest of the file): the records before it are kept.
    public func readAll() -> (records: [CSVRecord], error: CSVError?) {
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter)
        var records: [CSVRecord] = []
        do {
            while let record = try scanner.next() { records.append(record) }
            return (records, nil)
        } catch {
            return (records, error as? CSVError)
        }
    }
}

/// The state machine behind `CSVReader`, one record at a time.
struct CSVScanner {
    let bytes: [UInt8]
    let delimiter: UInt8
    private var position = 0
    private var line = 1
    private var field: [UInt8] = []
    private var fields: [String] = []

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    mutating func next() throws -> CSVRecord? {
        guard position < bytes.count else { return nil }
        let startLine = line
        fields.removeAll(keepingCapacity: true)
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote && field.isEmpty {
                try readQuoted(startLine: startLine)
            } else if byte == delimiter {
                endField()
                position += 1
            } else if byte == Self.cr || byte == Self.lf {
                consumeLineEnd()
                break
            } else {
                field.append(byte)
                position += 1
            }
        }
        endField()
        return CSVRecord(line: startLine, fields: fields)
    }

    /// Reads a quoted field up to its closing quote; text after the closing quote and
    /// before the delimiter is kept (lenient, as spreadsheets are).
    private mutating func readQuoted(startLine: Int) throws {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count && bytes[position + 1] == Self.quote {
                    field.append(Self.quote)
                    position += 2
                    continue
                }
                position += 1
                return
            }
            if byte == Self.lf || (byte == Self.cr && !(position + 1 < bytes.count && bytes[position + 1] == Self.lf)) {
                line += 1
            }
            field.append(byte)
            position += 1
        }
        throw CSVError(line: startLine, message: "dấu ngoặc kép mở ở dòng \(startLine) không được đóng")
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == Self.cr && position + 1 < bytes.count && bytes[position + 1] == Self.lf {
            position += 1
        }
        position += 1
        line += 1
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }
}
