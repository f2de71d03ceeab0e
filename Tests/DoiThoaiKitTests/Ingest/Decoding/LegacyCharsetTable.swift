import Foundation
import XCTest

/// `legacy-encodings/vn_legacy_charset_table.csv` (UniKey's tables, 186 letters × 12
/// charsets, hex bytes in stream order), read where it lies, as the reference the
/// decoders' own tables are checked against, and as an encoder to make test files.
struct LegacyCharsetTable {
    struct Row {
        var letter: String
        var codepoint: String
        var bytes: [String: [UInt8]]
    }

    let rows: [Row]

    static func load() throws -> LegacyCharsetTable {
        let text = String(decoding: try TestData.bytes("legacy-encodings/vn_legacy_charset_table.csv"), as: UTF8.self)
        var lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines.removeFirst()
        let rows = lines.map { fields in
            var bytes: [String: [UInt8]] = [:]
            for (name, field) in zip(header, fields) where name.hasSuffix("_hex") {
                bytes[String(name.dropLast(4))] = stride(from: 0, to: field.count, by: 2).map { offset in
                    let start = field.index(field.startIndex, offsetBy: offset)
                    return UInt8(field[start..<field.index(start, offsetBy: 2)], radix: 16)!
                }
            }
            return Row(letter: fields[1], codepoint: fields[2], bytes: bytes)
        }
        return LegacyCharsetTable(rows: rows)
    }

    /// Encodes `text` (NFC) in `charset` ("tcvn3", "vni-win", "cp1258_decomposed"): each
    /// letter of the table by its bytes, ASCII as itself. Fails on anything else.
    func encode(_ text: String, in charset: String, file: StaticString = #filePath, line: UInt = #line) -> [UInt8] {
        var byLetter: [String: [UInt8]] = [:]
        for row in rows where byLetter[row.letter] == nil { byLetter[row.letter] = row.bytes[charset] }
        var out: [UInt8] = []
        for character in text.precomposedStringWithCanonicalMapping {
            if let bytes = byLetter[String(character)] {
                out += bytes
            } else if character.isASCII {
                out += Array(String(character).utf8)
            } else {
                XCTFail("no \(charset) bytes for \(character)", file: file, line: line)
            }
        }
        return out
    }
}
