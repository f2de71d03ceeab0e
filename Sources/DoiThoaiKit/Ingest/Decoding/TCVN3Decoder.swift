/// TCVN3 (ABC): the 8-bit Vietnamese set VN3 of TCVN 5712:1993, used by the ".Vn…" fonts.
///
/// Written from the standard's code table (bytes 0xA0–0xFF). VN3 keeps the lowercase
/// letters and seven capitals (Ă Â Ê Ô Ơ Ư Đ) only: a capital with a tone was typed with
/// the same byte in an uppercase font (".VnTimeH"), so it decodes to the lowercase letter —
/// except in a word typed in capitals, where `fixCase` restores it ("NGHÞ" → "NGHỊ").
/// The bytes VN3 leaves empty are read as the standard's fuller level VN1 reads them
/// (capitals), and 0x80–0x9F as Windows-1252 punctuation, which is what the fonts showed.
/// iconv's "TCVN" is VN1, which puts capitals in the control bytes: not usable for ABC.
enum TCVN3Decoder {
    // Rows of 16 bytes from 0xA0; "\u{300}"… are the standalone tone marks at 0xB0–0xB4.
    private static let upperHalf = [
        "\u{A0}ĂÂÊÔƠƯĐăâêôơưđẰ",
        "\u{300}\u{309}\u{303}\u{301}\u{323}àảãáạẲằẳẵắẴ",
        "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ",
        "éẹềểễếệìỉỄẾỒĩíịò",
        "Ổỏõóọồổỗốộờởỡớợù",
        "ỖủũúụừửữứựỳỷỹýỵỐ",
    ]

    static let table: SingleByteTable = {
        var scalars = Array(Windows1252.scalars[0..<0xA0])
        scalars += upperHalf.flatMap { $0.unicodeScalars.map(\.value) }
        return SingleByteTable(scalars: scalars)
    }()

    /// Decodes TCVN3 bytes to UTF-8 (precomposed letters; the rare standalone marks stay combining).
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var word = WordCase()
        table.packed.withUnsafeBufferPointer { packed in
            bytes.withUnsafeBufferPointer { input in
                for byte in input {
                    if WordCase.isWordByte(byte) {
                        word.count(byte)
                        SingleByteTable.append(packed[Int(byte)], to: &out)
                    } else {
                        if word.isTypedInCapitals { fixCase(&out, from: word.start) }
                        SingleByteTable.append(packed[Int(byte)], to: &out)
                        word = WordCase(start: out.count)
                    }
                }
            }
        }
        if word.isTypedInCapitals { fixCase(&out, from: word.start) }
        return out
    }

    /// Upper-cases the lowercase Vietnamese letters of the word at `start` in `out`, in place
    /// (a letter and its capital have UTF-8 forms of the same length).
    private static func fixCase(_ out: inout [UInt8], from start: Int) {
        var index = start
        while index < out.count {
            let lead = out[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3
            guard length > 1, index + length <= out.count else { index += 1; continue }
            var scalar = UInt32(lead & (length == 2 ? 0x1F : 0x0F))
            for k in 1..<length { scalar = scalar << 6 | UInt32(out[index + k] & 0x3F) }
            if let upper = scalar == 0x111 ? 0x110 : VietnameseLetters.uppercase(of: scalar) {
                var bytes: [UInt8] = []
                UTF8Sink.append(upper, to: &bytes)
                if bytes.count == length { out.replaceSubrange(index..<index + length, with: bytes) }
            }
            index += length
        }
    }

    /// What one word holds so far, to tell a word typed in capitals.
    private struct WordCase {
        var start = 0
        var capitals = 0
        var asciiLowercase = 0
        var nonASCII = 0

        static func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0xA1 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }

        mutating func count(_ byte: UInt8) {
            switch byte {
            case 0x41...0x5A, 0xA1...0xA7: capitals += 1
            case 0x61...0x7A: asciiLowercase += 1
            default: nonASCII += 1
            }
        }

        /// Two capitals and no ASCII lowercase letter ("NGHÞ", "§¹I"): the toned letters,
        /// which VN3 has in lowercase only, were capitals too.
        var isTypedInCapitals: Bool { capitals >= 2 && asciiLowercase == 0 && nonASCII > 0 }
    }
}
