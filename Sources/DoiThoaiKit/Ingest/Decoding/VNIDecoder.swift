/// VNI-Windows: the layout of the VNI fonts, where a letter with marks is its base byte
/// followed by one mark byte ("Vieät" = V i e + 0xE4, circumflex and dot below).
///
/// Written from the VNI-Windows font layout: mark bytes come in a lowercase and an uppercase
/// form (0x20 apart, sized for the base letter); ơ ư đ and the toned i, ỵ are single bytes;
/// every other byte is Windows-1252, which the fonts kept. A mark with no vowel to sit on
/// is kept as combining marks, never dropped.
enum VNIDecoder {
    typealias Vowel = VietnameseLetters.Vowel
    typealias Tone = VietnameseLetters.Tone

    /// A mark byte: what it adds to the vowel before it.
    struct Mark {
        var modifier: VietnameseLetters.Modifier
        var tone: Tone
    }

    /// Lowercase mark bytes by tone (level, grave, acute, hook, tilde, dot below); the
    /// uppercase form is 0x20 less. A tone alone has no level form.
    private static let lowercaseMarkBytes: [(VietnameseLetters.Modifier, [UInt8])] = [
        (.none, [0x00, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF]),
        (.circumflex, [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4]),
        (.breve, [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB]),
    ]

    /// Marks by byte, both cases, as a 256-entry table for the decoding loop.
    static let marks: [Mark?] = {
        var marks = [Mark?](repeating: nil, count: 256)
        for (modifier, bytes) in lowercaseMarkBytes {
            for tone in Tone.allCases where bytes[tone.rawValue] != 0 {
                let byte = Int(bytes[tone.rawValue])
                marks[byte] = Mark(modifier: modifier, tone: tone)
                marks[byte - 0x20] = Mark(modifier: modifier, tone: tone)
            }
        }
        return marks
    }()

    /// Bytes that are a whole letter: đ ơ ư and the toned i and ỵ (lowercase; uppercase 0x20 less).
    private static let lowercaseLetters: [UInt8: UInt32] = [
        0xF1: 0x111, 0xF4: 0x1A1, 0xF6: 0x1B0, 0xEC: 0xEC, 0xED: 0xED, 0xE6: 0x1EC9, 0xF3: 0x129,
        0xF2: 0x1ECB, 0xEE: 0x1EF5,
    ]

    static let table: SingleByteTable = {
        var scalars = Windows1252.scalars
        for (byte, scalar) in lowercaseLetters {
            scalars[Int(byte)] = scalar
            scalars[Int(byte) - 0x20] = VietnameseLetters.uppercase(of: scalar) ?? (scalar == 0x111 ? 0x110 : scalar - 1)
        }
        return SingleByteTable(scalars: scalars)
    }()

    /// A base vowel waiting for the mark byte that may follow it.
    struct Pending {
        var vowel: Vowel
        var tone: Tone
        var isUppercase: Bool

        /// The vowel with `mark` applied, or nil when the mark cannot sit on it.
        func applying(_ mark: Mark) -> Pending? {
            guard let vowel = vowel.adding(mark.modifier) else { return nil }
            if mark.tone != .level && tone != .level { return nil }
            return Pending(vowel: vowel, tone: mark.tone == .level ? tone : mark.tone, isUppercase: isUppercase)
        }

        var index: Int { VietnameseLetters.index(vowel, tone, uppercase: isUppercase) }
    }

    /// Decodes VNI-Windows bytes to UTF-8 with precomposed letters, in one pass.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        var pending: Pending?
        // Static tables copied to locals: a static is checked for initialisation at every use.
        let (marks, baseVowels, letters) = (self.marks, self.baseVowels, VietnameseLetters.scalars)
        table.packed.withUnsafeBufferPointer { packed in
            bytes.withUnsafeBufferPointer { input in
                for byte in input {
                    if byte < 0x80 && baseVowels[Int(byte)] == nil {
                        flush(&pending, letters, to: &out)
                        out.append(byte)
                    } else if let mark = marks[Int(byte)] {
                        if let composed = pending?.applying(mark) {
                            pending = composed
                        } else {
                            flush(&pending, letters, to: &out)
                            appendCombining(mark, to: &out)
                        }
                    } else {
                        flush(&pending, letters, to: &out)
                        if let vowel = baseVowels[Int(byte)] {
                            pending = Pending(vowel: vowel, tone: .level, isUppercase: byte < 0x61 || (byte >= 0xC0 && byte < 0xE0))
                        } else {
                            SingleByteTable.append(packed[Int(byte)], to: &out)
                        }
                    }
                }
            }
        }
        flush(&pending, letters, to: &out)
        return out
    }

    @inline(__always)
    private static func flush(_ pending: inout Pending?, _ letters: [UInt32], to out: inout [UInt8]) {
        guard let vowel = pending else { return }
        UTF8Sink.append(letters[vowel.index], to: &out)
        pending = nil
    }

    /// A mark with no vowel under it, as the combining marks it draws.
    private static func appendCombining(_ mark: Mark, to out: inout [UInt8]) {
        switch mark.modifier {
        case .circumflex: UTF8Sink.append(0x302, to: &out)
        case .breve: UTF8Sink.append(0x306, to: &out)
        case .none: break
        }
        let combining: [UInt32] = [0, 0x300, 0x301, 0x309, 0x303, 0x323]
        if mark.tone != .level { UTF8Sink.append(combining[mark.tone.rawValue], to: &out) }
    }

    /// Bytes that start a vowel a mark byte may follow: a e i o u y, and ơ ư (single bytes).
    static let baseVowels: [Vowel?] = (0..<256).map { byte in
        let vowels: [UInt8: Vowel] = [0x61: .a, 0x65: .e, 0x69: .i, 0x6F: .o, 0x75: .u, 0x79: .y, 0xF4: .oHorn, 0xF6: .uHorn]
        return vowels[UInt8(byte)] ?? vowels[UInt8(byte) | 0x20].flatMap { byte & 0x20 == 0 ? $0 : nil }
    }
}
