/// Appends Unicode scalars to a UTF-8 byte buffer: the decoders build bytes, never Strings,
/// so a million-row file costs one pass and no per-character allocation.
enum UTF8Sink {
    @inline(__always)
    static func append(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

/// Windows-1252, the code page the legacy Vietnamese fonts were laid over: TCVN3 and VNI
/// text keeps its punctuation (curly quotes, dashes, …) at 0x80–0x9F, and double-encoded
/// UTF-8 is UTF-8 read through it.
enum Windows1252 {
    /// The scalars of 0x80–0x9F. The five unassigned bytes (81, 8D, 8F, 90, 9D) map to the
    /// C1 control of the same number, as Windows itself does when it converts them.
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ]

    /// The scalar of every byte: ASCII and Latin-1 as themselves, 0x80–0x9F from `high`.
    static let scalars: [UInt32] = (0..<256).map { $0 >= 0x80 && $0 < 0xA0 ? high[$0 - 0x80] : UInt32($0) }

    private static let bytesOfHigh: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: high.enumerated().map { ($0.element, UInt8(0x80 + $0.offset)) })

    /// The byte that encodes `scalar` in Windows-1252, or nil when it has none. The C1
    /// controls U+0080–U+009F give their own byte too: text read as Latin-1 holds them.
    @inline(__always)
    static func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(scalar) }
        // Vietnamese letters (U+01A0…, U+1EA0…) fall here: answered without a lookup.
        if scalar > 0x2122 || (scalar > 0x2DC && scalar < 0x2013) { return nil }
        return bytesOfHigh[scalar]
    }
}

/// A single-byte code page as a 256-entry table to UTF-8: the decoding loop is one lookup
/// and a copy of one to three bytes per input byte.
struct SingleByteTable {
    /// Per byte: the UTF-8 length in the low 8 bits, then up to three UTF-8 bytes.
    let packed: [UInt32]
    let scalars: [UInt32]

    /// `scalars[b]` is the Unicode scalar of byte `b` (all below U+10000).
    init(scalars: [UInt32]) {
        precondition(scalars.count == 256 && scalars.allSatisfy { $0 < 0x10000 })
        self.scalars = scalars
        packed = scalars.map { scalar in
            var bytes: [UInt8] = []
            UTF8Sink.append(scalar, to: &bytes)
            return bytes.enumerated().reduce(UInt32(bytes.count)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset + 1)) }
        }
    }

    /// Appends the UTF-8 bytes of one `packed` entry to `out`.
    @inline(__always)
    static func append(_ entry: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: entry >> 8))
        let length = entry & 0xFF
        if length > 1 { out.append(UInt8(truncatingIfNeeded: entry >> 16)) }
        if length > 2 { out.append(UInt8(truncatingIfNeeded: entry >> 24)) }
    }

    /// Appends the UTF-8 of `byte` to `out`.
    func append(_ byte: UInt8, to out: inout [UInt8]) {
        Self.append(packed[Int(byte)], to: &out)
    }
}
