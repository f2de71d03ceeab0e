import Foundation

/// The encoding a file was found in, as the run report shows it to the office.
public enum TextEncoding: String, Codable, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf8Repaired = "UTF-8 (đã sửa lỗi mã hóa kép)"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
    case utf16LENoBOM = "UTF-16 LE (không BOM)"
    case utf16BENoBOM = "UTF-16 BE (không BOM)"
    case windows1258 = "Windows-1258"
    case tcvn3 = "TCVN3 (ABC)"
    case vniWindows = "VNI-Windows"
}

/// Why a file's bytes could not be read as text; `reason` says it to the clerk, in Vietnamese.
public enum DecodingProblem: Error, Equatable, Sendable {
    case empty
    case binary(kind: String)
    /// A UTF-8 BOM, then bytes that are not UTF-8.
    case invalidUTF8(byteOffset: Int)
    /// UTF-16 (by BOM or by its byte pattern) cut short or holding a lone surrogate.
    case invalidUTF16(byteOffset: Int)
    /// Not UTF-8, and no legacy encoding gave Vietnamese text.
    case unrecognisedEncoding(tried: [EncodingTrial])
    /// Not UTF-8, and two legacy encodings gave Vietnamese text equally well.
    case ambiguousEncoding(tried: [EncodingTrial])
    /// The chosen encoding has no character for a byte further in the file.
    case invalidByte(encoding: TextEncoding, byteOffset: Int)
    /// UTF-8 encoded twice ("Ä‘á»" for "đề"), from `line`, and not undone because of `flaw`.
    case doubleEncoded(line: Int, flaw: DoubleEncodingFlaw)
}

/// Why double-encoded UTF-8 was not undone.
public enum DoubleEncodingFlaw: Equatable, Sendable {
    /// Part of the file is double-encoded, part is correct.
    case mixedWithCorrectText
    /// Bytes were lost on the way, so the original letters cannot be told for sure.
    case bytesLost
    /// Undone, it still is not Vietnamese.
    case notVietnamese
}

/// One legacy encoding tried on a file that is not UTF-8, and what it gave.
public struct EncodingTrial: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        case scored(VietnameseScore)
        /// A byte the encoding leaves undefined.
        case invalidByte
        /// The converter could not be used on this machine (glibc iconv without CP1258).
        case unavailable
    }

    public var encoding: TextEncoding
    public var outcome: Outcome

    /// The score, or nil when the encoding could not decode the bytes.
    public var score: VietnameseScore? {
        if case .scored(let score) = outcome { return score }
        return nil
    }
}

/// Turns a file's bytes into UTF-8 bytes for the CSV reader, detecting the encoding.
///
/// The CSV reader works on UTF-8 bytes (fast, no per-row String until fields are cut),
/// so every other encoding is converted up front, byte by byte. The encoding is never
/// guessed silently: what is not plainly UTF-8 or UTF-16 is decoded with each legacy
/// table and kept only when one of them clearly gives Vietnamese (`EncodingChooser`).
/// Letters come out precomposed, but fields are still NFC-normalised one by one later.
public enum TextDecoder {
    /// Returns UTF-8 bytes without BOM, and the encoding found.
    public static func utf8Bytes(of data: [UInt8]) -> Result<([UInt8], TextEncoding), DecodingProblem> {
        if data.isEmpty { return .failure(.empty) }
        if let kind = binaryKind(data) { return .failure(.binary(kind: kind)) }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8OrDoubleEncoded(data[3...], bom: true) }
        if data.starts(with: [0xFF, 0xFE]) { return utf16(data[2...], littleEndian: true, bom: true) }
        if data.starts(with: [0xFE, 0xFF]) { return utf16(data[2...], littleEndian: false, bom: true) }
        if let littleEndian = UTF16Decoder.sniffByteOrder(data) { return utf16(data[...], littleEndian: littleEndian, bom: false) }
        if data.contains(0) { return .failure(.binary(kind: "dữ liệu nhị phân")) }
        return utf8OrDoubleEncoded(data[...], bom: false)
    }

    /// Valid UTF-8 stays as it is, unless it is double-encoded; anything else goes to the
    /// legacy encodings (a file with a UTF-8 BOM must be UTF-8).
    private static func utf8OrDoubleEncoded(_ bytes: ArraySlice<UInt8>, bom: Bool)
        -> Result<([UInt8], TextEncoding), DecodingProblem>
    {
        let analysis = DoubleEncoding.analyse(bytes)
        if let offset = analysis.invalidUTF8At {
            return bom ? .failure(.invalidUTF8(byteOffset: offset + 3)) : EncodingChooser.decodeLegacy(Array(bytes))
        }
        return EncodingChooser.resolve(bytes, analysis, as: bom ? .utf8BOM : .utf8)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, bom: Bool)
        -> Result<([UInt8], TextEncoding), DecodingProblem>
    {
        switch UTF16Decoder.decode(bytes, littleEndian: littleEndian) {
        case .failure(let bad):
            return .failure(.invalidUTF16(byteOffset: bad.offset + (bom ? 2 : 0)))
        case .success(let utf8):
            let encoding: TextEncoding = bom ? (littleEndian ? .utf16LE : .utf16BE) : (littleEndian ? .utf16LENoBOM : .utf16BENoBOM)
            return .success((utf8, encoding))
        }
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
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 { index += 1; continue }
            guard let (_, length) = DoubleEncoding.scalar(in: bytes[...], at: index) else { return index }
            index += length
        }
        return nil
    }
}
