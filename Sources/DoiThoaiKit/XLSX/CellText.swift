/// Text prepared for libxlsxwriter so that readers show exactly what was written.
enum CellText {
    /// Protects literal `_xHHHH_` sequences.
    ///
    /// XLSX readers decode `_xHHHH_` in cell text as the character U+HHHH (that is how
    /// control characters are stored). libxlsxwriter 1.1.4 escapes control characters
    /// but leaves a literal `_x0041_` alone, so Excel would show "A". Writing the
    /// underscore itself as `_x005F_` keeps the text as typed.
    static func protectingEscapes(_ text: String) -> String {
        // A byte scan: String.contains(String) goes through NSString here, and was 9% of a
        // 50,000-question run (perf) for a pattern almost no cell holds.
        guard containsEscapeMarker(text) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count + 12)
        for index in units.indices {
            if isEscapeStart(units, at: index) { output.append(contentsOf: "_x005F".utf16) }
            output.append(units[index])
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// True when "_x" occurs in the text: memchr finds the rare underscores.
    static func containsEscapeMarker(_ text: String) -> Bool {
        ByteScan.withBytes(of: text) { bytes in
            var rest = bytes[...]
            while let underscore = ByteScan.firstIndex(of: 0x5F, in: rest) {
                let next = underscore + 1
                if next < bytes.count && bytes[next] == 0x78 { return true }
                rest = bytes[next...]
            }
            return false
        }
    }

    /// True when `_x` followed by four hex digits and `_` starts at `index`.
    static func isEscapeStart(_ units: [UInt16], at index: Int) -> Bool {
        guard index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78,
              units[index + 6] == 0x5F else { return false }
        return units[(index + 2)...(index + 5)].allSatisfy(isHexDigit)
    }

    static func isHexDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x41...0x46).contains(unit) || (0x61...0x66).contains(unit)
    }
}
