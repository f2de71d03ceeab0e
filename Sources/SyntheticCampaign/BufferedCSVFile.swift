import Foundation

/// A CSV file written through a one-megabyte buffer: RFC 4180 quoting (a field holding a
/// comma, a quote or a line break is quoted, its quotes doubled), LF line ends, UTF-8
/// without BOM. Rows are bytes all the way, so a million of them take seconds.
final class BufferedCSVFile {
    static let flushSize = 1 << 20

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var atRowStart = true

    init(creating url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SyntheticCampaignError.unwritable(path: url.path)
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(Self.flushSize + 64 * 1024)
    }

    func field(_ bytes: [UInt8]) {
        if !atRowStart { buffer.append(UInt8(ascii: ",")) }
        atRowStart = false
        guard bytes.contains(where: Self.needsQuotes) else {
            buffer.append(contentsOf: bytes)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        buffer.append(contentsOf: bytes.contains(UInt8(ascii: "\"")) ? Self.doublingQuotes(bytes) : bytes)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Whole slices at a time: appending byte by byte to a class's buffer pays an exclusivity
    /// check per byte, which was most of the time of a million rows.
    private static func doublingQuotes(_ bytes: [UInt8]) -> [UInt8] {
        var doubled: [UInt8] = []
        doubled.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            doubled.append(byte)
            if byte == UInt8(ascii: "\"") { doubled.append(byte) }
        }
        return doubled
    }

    func field(_ text: String) {
        field(Array(text.utf8))
    }

    func endRow() throws {
        buffer.append(UInt8(ascii: "\n"))
        atRowStart = true
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is left and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
