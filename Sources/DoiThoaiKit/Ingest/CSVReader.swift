import Foundation

/// One CSV record: its fields and the 1-based line on which it starts.
///
/// A record the reader could not cut cleanly carries its `problem` and no fields: its
/// cells cannot be trusted, so it must be rejected as a whole, never read in part.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
    public var problem: CSVError?

    public init(line: Int, fields: [String], problem: CSVError? = nil) {
        self.line = line
        self.fields = fields
        self.problem = problem
    }

    /// True when every field is empty or blank (a blank line, or `,,,,` from Excel).
    /// A record with a problem is never blank: it must be reported, not skipped.
    public var isBlank: Bool {
        problem == nil && fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

/// A record whose quotes break RFC 4180, where it is and how the clerk fixes it.
public struct CSVError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `"abc` with no closing quote: RFC 4180 reads the rest of the file as this field.
        case unclosedQuote
        /// `a"b`: a quote inside a field that does not start with one.
        case quoteInUnquotedField
        /// `"a" b`: text between a closing quote and the next delimiter or line end.
        case textAfterClosingQuote
    }

    public var kind: Kind
    /// The line on which the record starts (the row the clerk is told about).
    public var line: Int
    /// The line of the offending quote or text.
    public var problemLine: Int
    /// The record's last line: after resynchronisation, or the file's last line.
    public var endLine: Int
    /// The text around the offending quote, to find it in the file.
    public var excerpt: String
    // The clerk-facing `message` is in TableFileReader.swift, with the rejections it feeds.
}

/// An RFC 4180 reader over UTF-8 bytes: quoted fields with embedded newlines and
/// doubled quotes, CRLF, LF or CR line ends, and a delimiter chosen per file.
///
/// Written by hand rather than taken from a package: on this kind of machine, for 1M
/// rows (217 MB), a byte-level Swift reader took 0.9 s where CSV.swift took 16.7 s and
/// SwiftCSV 20.1 s (issue #3). This one, built -O: 0.93–1.2 s for 1M rows (251 MB,
/// 8 columns, quoted multi-line cells), Python's csv 3.7 s on the same file and machine.
/// Records come one at a time (`forEachRecord`, or `for record in reader`), so a large
/// file is never held as one array of records.
///
/// Strict where a lenient reading could silently move text between cells: a stray
/// quote (`a"b`, `"a" b`) makes its record a problem record, reported with its line;
/// the reader then resynchronises at the next line end outside quotes and goes on.
/// Spaces between a delimiter and an opening quote (`a, "b"`) are padding, not text:
/// see `CSVScanner.scanField`.
public struct CSVReader: Sequence {
    public let delimiter: UInt8
    private let bytes: [UInt8]

    public init(utf8 bytes: [UInt8], delimiter: UInt8? = nil) {
        self.bytes = bytes
        self.delimiter = delimiter ?? CSVDelimiter.detect(in: bytes)
    }

    public func makeIterator() -> CSVScanner {
        CSVScanner(bytes: bytes, delimiter: delimiter)
    }

    /// Calls `body` with each record in file order, problem records included (an
    /// unclosed quote is the last record: it swallowed the rest of the file).
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) rethrows {
        var scanner = makeIterator()
        while let record = scanner.next() { try body(record) }
    }

    /// All records in file order, for small callers. Records with a quote problem are
    /// included; an unclosed quote ends the list and is returned as `error` instead.
    public func readAll() -> (records: [CSVRecord], error: CSVError?) {
        var records: [CSVRecord] = []
        for record in self {
            if let problem = record.problem, problem.kind == .unclosedQuote { return (records, problem) }
            records.append(record)
        }
        return (records, nil)
    }
}

/// The state machine behind `CSVReader`: one record per `next()`, in one pass over the
/// bytes. Fields are cut straight from the buffer; only a quoted field with doubled
/// quotes is copied, into a scratch buffer reused from field to field.
public struct CSVScanner: IteratorProtocol {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    /// The highest byte that can end an unquoted field: letters and every byte of a
    /// multi-byte UTF-8 character are above it (unless `|` is the delimiter), so one
    /// comparison passes most bytes of Vietnamese text.
    private let highestSpecial: UInt8
    private var position = 0
    private var line = 1
    private var scratch: [UInt8] = []
    /// The last record's width, to size the next record's array once.
    private var expectedFields = 8

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// Where a field ended: a clean value, or the offset of what broke the record.
    private enum Cut {
        case value(String)
        case problem(CSVError.Kind, at: Int, line: Int)
    }

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        highestSpecial = max(delimiter, Self.quote, Self.cr, Self.lf)
    }

    public mutating func next() -> CSVRecord? {
        guard position < bytes.count else { return nil }
        let bytes = self.bytes  // a second reference, so the closure may mutate self
        return bytes.withUnsafeBufferPointer { scanRecord($0) }
    }

    private mutating func scanRecord(_ buffer: UnsafeBufferPointer<UInt8>) -> CSVRecord {
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(expectedFields)
        while true {
            switch scanField(buffer) {
            case .value(let value):
                fields.append(value)
            case .problem(let kind, let offset, let problemLine):
                return problemRecord(kind, at: offset, problemLine: problemLine, startLine: startLine, buffer)
            }
            guard position < buffer.count else { break }
            if buffer[position] == delimiter { position += 1; continue }
            consumeLineEnd(buffer)
            break
        }
        expectedFields = fields.count
        return CSVRecord(line: startLine, fields: fields)
    }

    /// Cuts one field. Spaces (and tabs, unless tab is the delimiter) before an opening
    /// quote are padding: `a, "b, c"` is `b, c`, as its writer meant, where RFC 4180
    /// would make the quote literal and the field a problem. Spaces before any other
    /// text are kept: ` leading space` is data.
    private mutating func scanField(_ buffer: UnsafeBufferPointer<UInt8>) -> Cut {
        var start = position
        while start < buffer.count, isPadding(buffer[start]) { start += 1 }
        if start < buffer.count && buffer[start] == Self.quote {
            position = start
            return scanQuoted(buffer)
        }
        start = position
        var end = start
        while end < buffer.count {
            let byte = buffer[end]
            if byte > highestSpecial { end += 1; continue }
            if byte == delimiter || Self.isLineEnd(byte) { break }
            if byte == Self.quote { return .problem(.quoteInUnquotedField, at: end, line: line) }
            end += 1
        }
        position = end
        return .value(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
    }

    /// Cuts a quoted field from its opening quote at `position`: doubled quotes become
    /// one, line ends inside are kept and counted (CRLF as one line).
    private mutating func scanQuoted(_ buffer: UnsafeBufferPointer<UInt8>) -> Cut {
        let opening = position, openingLine = line
        var segment = opening + 1, index = segment
        var escaped = false
        while index < buffer.count {
            let byte = buffer[index]
            if byte > Self.quote { index += 1; continue }  // above `"`, CR and LF
            if byte == Self.quote {
                guard index + 1 < buffer.count && buffer[index + 1] == Self.quote else {
                    return closeQuoted(buffer, segment: segment, closing: index, escaped: escaped)
                }
                if !escaped { scratch.removeAll(keepingCapacity: true) }
                escaped = true
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[segment...index]))
                index += 2
                segment = index
                continue
            }
            if Self.countsLine(buffer, at: index) { line += 1 }
            index += 1
        }
        return .problem(.unclosedQuote, at: opening, line: openingLine)
    }

    /// The value of a quoted field ending at `closing`, if only padding follows it
    /// before the delimiter or line end.
    private mutating func closeQuoted(_ buffer: UnsafeBufferPointer<UInt8>, segment: Int, closing: Int, escaped: Bool) -> Cut {
        let tail = UnsafeBufferPointer(rebasing: buffer[segment..<closing])
        position = closing + 1
        while position < buffer.count, isPadding(buffer[position]) { position += 1 }
        if position < buffer.count {
            let byte = buffer[position]
            if byte != delimiter && !Self.isLineEnd(byte) {
                return .problem(.textAfterClosingQuote, at: position, line: line)
            }
        }
        guard escaped else { return .value(String(decoding: tail, as: UTF8.self)) }
        scratch.append(contentsOf: tail)
        return .value(String(decoding: scratch, as: UTF8.self))
    }

    private func isPadding(_ byte: UInt8) -> Bool {
        byte == Self.space || (byte == Self.tab && delimiter != Self.tab)
    }

    private static func isLineEnd(_ byte: UInt8) -> Bool { byte == lf || byte == cr }

    /// True for a byte that ends a line: LF, or a CR not followed by LF (CRLF counts once).
    private static func countsLine(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        buffer[index] == lf || (buffer[index] == cr && !(index + 1 < buffer.count && buffer[index + 1] == lf))
    }

    private mutating func consumeLineEnd(_ buffer: UnsafeBufferPointer<UInt8>) {
        if buffer[position] == Self.cr && position + 1 < buffer.count && buffer[position + 1] == Self.lf {
            position += 1
        }
        position += 1
        line += 1
    }

    /// Reports a broken record and resynchronises at the end of the record, as a
    /// lenient reader would cut it: from the offending byte on, a quote opens a quoted
    /// stretch only at the start of a field and closes it only before a delimiter or a
    /// line end; any other quote is text. So a lone stray quote (`15" màn hình`) costs
    /// its own record only, and a later multi-line quoted field stays whole.
    private mutating func problemRecord(
        _ kind: CSVError.Kind, at offset: Int, problemLine: Int, startLine: Int, _ buffer: UnsafeBufferPointer<UInt8>
    ) -> CSVRecord {
        let lineEnd = kind == .unclosedQuote ? nil : lenientRecordEnd(buffer, from: offset)
        var endLine = line
        if let lineEnd {
            position = lineEnd
            consumeLineEnd(buffer)
        } else {
            position = buffer.count
            // A line end as the file's last byte was counted, but no line follows it.
            if let last = buffer.last, Self.isLineEnd(last) { endLine = max(problemLine, line - 1) }
        }
        let problem = CSVError(kind: kind, line: startLine, problemLine: problemLine, endLine: endLine,
                               excerpt: Self.excerpt(buffer, around: offset))
        return CSVRecord(line: startLine, fields: [], problem: problem)
    }

    /// The offset of the line end that ends the record, or nil at the end of the file;
    /// counts the lines inside quoted stretches on the way.
    private mutating func lenientRecordEnd(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var index = offset, inQuotes = false, atFieldStart = false
        while index < buffer.count {
            let byte = buffer[index]
            if inQuotes {
                if byte == Self.quote && index + 1 < buffer.count && buffer[index + 1] == Self.quote {
                    index += 2  // a doubled quote is text
                    continue
                }
                if byte == Self.quote, let after = closingEnd(buffer, quoteAt: index) {
                    inQuotes = false
                    index = after
                    continue
                }
                if Self.countsLine(buffer, at: index) { line += 1 }
            } else if Self.isLineEnd(byte) {
                return index
            } else if byte == delimiter {
                atFieldStart = true
            } else if !(atFieldStart && isPadding(byte)) {
                inQuotes = atFieldStart && byte == Self.quote
                atFieldStart = false
            }
            index += 1
        }
        return nil
    }

    /// Where reading goes on if the quote at `index` closes a quoted stretch (padding,
    /// then a delimiter, a line end or the end of the file follows); nil if it is text.
    private func closingEnd(_ buffer: UnsafeBufferPointer<UInt8>, quoteAt index: Int) -> Int? {
        var after = index + 1
        while after < buffer.count, isPadding(buffer[after]) { after += 1 }
        guard after < buffer.count else { return after }
        return buffer[after] == delimiter || Self.isLineEnd(buffer[after]) ? after : nil
    }

    /// Up to ~40 bytes either side of `offset` on its own line, cut at character boundaries.
    static func excerpt(_ buffer: UnsafeBufferPointer<UInt8>, around offset: Int) -> String {
        func isContinuation(_ index: Int) -> Bool { index < buffer.count && buffer[index] & 0xC0 == 0x80 }
        var start = offset, end = offset + 1
        while start > 0, offset - start < 40, !isLineEnd(buffer[start - 1]) { start -= 1 }
        while end < buffer.count, end - offset < 40, !isLineEnd(buffer[end]) { end += 1 }
        while start < offset, isContinuation(start) { start += 1 }
        while end > offset + 1, isContinuation(end) { end -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        let before = start > 0 && !isLineEnd(buffer[start - 1]) ? "…" : ""
        let after = end < buffer.count && !isLineEnd(buffer[end]) ? "…" : ""
        return before + text + after
    }
}
