import Foundation

/// The encodings this version recognises, detected from the bytes themselves.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
}

/// Why a file's bytes could not be read as text.
public enum DecodingProblem: Error, Equatable, Sendable {
    case empty
    case binary(kind: String)
    case notUTF8(byteOffset: Int)
}

/// Turns a file's bytes into UTF-8 bytes for the CSV reader, detecting the encoding.
///
/// The CSV reader works on UTF-8 bytes (fast, no per-row String until fields are cut),
/// so every other encoding is converted up front.
public enum TextDecoder {
    /// Returns UTF-8 bytes without BOM, and the encoding found.
    public static func utf8Bytes(of data: [UInt8]) -> Result<([UInt8], TextEncoding), DecodingProblem> {
        if data.isEmpty { return .failure(.empty) }
        if let kind = binaryKind(data) { return .failure(.binary(kind: kind)) }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return validated(Array(data.dropFirst(3)), as: .utf8BOM)
        }
        if data.starts(with: [0xFF, 0xFE]) { return utf16(data, littleEndian: true) }
        if data.starts(with: [0xFE, 0xFF]) { return utf16(data, littleEndian: false) }
        if data.contains(0) { return .failure(.binary(kind: "dữ liệu nhị phân")) }
        return validated(data, as: .utf8)
    }

    private static func validated(_ bytes: [UInt8], as encoding: TextEncoding)
        -> Result<([UInt8], TextEncoding), DecodingProblem>
    {
        if let offset = firstInvalidUTF8Offset(bytes) { return .failure(.notUTF8(byteOffset: offset)) }
        return .success((bytes, encoding))
    }

    private static func utf16(_ data: [UInt8], littleEndian: Bool)
        -> Result<([UInt8], TextEncoding), DecodingProblem>
    {
        let encoding: String.Encoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
        guard let text = String(data: Data(data.dropFirst(2)), encoding: encoding) else {
            return .failure(.notUTF8(byteOffset: 0))
        }
        return .success((Array(text.utf8), littleEndian ? .utf16LE : .utf16BE))
    }

    /// Zip containers (an .xlsx renamed .csv), PDFs and old Excel files, by magic number.
    static func binaryKind(_ data: [UInt8]) -> String? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "tệp nén ZIP hoặc Excel (.xlsx)" }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "tệp Excel cũ (.xls)" }
        if data.starts(with: Array("%PDF".utf8)) { return "tệp PDF" }
        return nil
    }

    /// Offset of the first byte that is not valid UTF-8, or nil when all is valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
