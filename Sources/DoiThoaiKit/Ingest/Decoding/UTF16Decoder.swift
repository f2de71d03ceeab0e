/// UTF-16 to UTF-8, with and without a BOM, byte by byte (no Foundation String in between).
enum UTF16Decoder {
    /// How much of the start of a file is looked at to recognise UTF-16 without a BOM.
    static let sniffLength = 4096

    /// The byte order of `bytes` when they are plainly UTF-16 text without a BOM, else nil.
    ///
    /// Text files never hold a 0x00 byte, UTF-16 text holds one in most code units: ASCII and
    /// the Latin-1 letters (à á â ê ô …) have a zero high byte, while Vietnamese's other
    /// letters have 0x01 or 0x1E there. So: in the first 4 KB, at least 40% of the high bytes
    /// are 0x00 (85% in Vietnamese text, near 100% in ASCII), at least 95% are plausible for
    /// Vietnamese (`plausibleHighBytes`), and no low byte is 0x00. The conversion then still
    /// checks every surrogate.
    static func sniffByteOrder(_ bytes: [UInt8]) -> Bool? {
        let units = min(bytes.count, sniffLength) / 2
        guard units >= 2 else { return nil }
        for littleEndian in [true, false] {
            var zeroHigh = 0, plausibleHigh = 0, zeroLow = 0
            for unit in 0..<units {
                let high = bytes[2 * unit + (littleEndian ? 1 : 0)]
                let low = bytes[2 * unit + (littleEndian ? 0 : 1)]
                if high == 0 { zeroHigh += 1 }
                if plausibleHighBytes[Int(high)] { plausibleHigh += 1 }
                if low == 0 { zeroLow += 1 }
            }
            if zeroLow == 0 && zeroHigh * 10 >= units * 4 && plausibleHigh * 100 >= units * 95 { return littleEndian }
        }
        return nil
    }

    /// Where UTF-16 stopped being UTF-16.
    struct BadUnit: Error, Equatable {
        var offset: Int
    }

    /// High bytes of Vietnamese UTF-16 text: Latin (00–02), combining marks (03), ạ…ỹ (1E),
    /// punctuation and symbols (20–27: “ ” – … € ™ ★ ✓), surrogates (D8–DF: emoji).
    private static let plausibleHighBytes: [Bool] = (0..<256).map { byte in
        [0x00...0x03, 0x1E...0x1E, 0x20...0x27, 0xD8...0xDF].contains { $0.contains(byte) }
    }

    /// Converts UTF-16 (no BOM) to UTF-8; on failure, the byte offset of the first bad code
    /// unit (an odd last byte or a lone surrogate).
    static func decode(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<[UInt8], BadUnit> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var index = bytes.startIndex
        @inline(__always) func unit(at i: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 : UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
        }
        while index + 1 < bytes.endIndex {
            let first = unit(at: index)
            if first < 0xD800 || first > 0xDFFF {
                UTF8Sink.append(first, to: &out)
                index += 2
                continue
            }
            guard first < 0xDC00, index + 3 < bytes.endIndex else { return .failure(BadUnit(offset: index - bytes.startIndex)) }
            let second = unit(at: index + 2)
            guard second >= 0xDC00 && second <= 0xDFFF else { return .failure(BadUnit(offset: index - bytes.startIndex)) }
            UTF8Sink.append(0x10000 + ((first - 0xD800) << 10 | (second - 0xDC00)), to: &out)
            index += 4
        }
        if index < bytes.endIndex { return .failure(BadUnit(offset: index - bytes.startIndex)) }
        return .success(out)
    }
}
