/// The Vietnamese vowels with every tone: the one table the legacy decoders (to compose a
/// base and its marks) and the scorer (to take a letter apart) share.
enum VietnameseLetters {
    /// The six tones, in the order of the columns of `lowerRows`.
    enum Tone: Int, CaseIterable {
        case level, grave, acute, hook, tilde, dotBelow
    }

    /// The twelve vowels, in the order of the rows of `lowerRows`.
    enum Vowel: Int, CaseIterable {
        case a, aBreve, aCircumflex, e, eCircumflex, i, o, oCircumflex, oHorn, u, uHorn, y

        /// The vowel with a circumflex (â ê ô) or a breve (ă) added, when Vietnamese has it.
        func adding(_ modifier: Modifier) -> Vowel? {
            switch (self, modifier) {
            case (_, .none): return self
            case (.a, .circumflex): return .aCircumflex
            case (.e, .circumflex): return .eCircumflex
            case (.o, .circumflex): return .oCircumflex
            case (.a, .breve): return .aBreve
            default: return nil
            }
        }

        /// The vowel without tone, lowercase, as it is written.
        var letter: Character { VietnameseLetters.lowerRows[rawValue].first! }
    }

    /// What a legacy "mark" byte adds to the vowel before it besides its tone.
    enum Modifier { case none, circumflex, breve }

    /// A letter taken apart: a vowel with its tone, or a consonant (tone level).
    struct Letter: Equatable {
        var vowel: Vowel?
        var consonant: Character?
        var tone: Tone
        var isUppercase: Bool
    }

    // Written out from the Unicode charts (all precomposed, NFC): level, grave, acute,
    // hook above, tilde, dot below.
    static let lowerRows = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ]
    static let upperRows = [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ]

    /// Every row's scalars, lowercase rows then uppercase, flat: one lookup when a decoder
    /// composes a letter in its loop.
    static let scalars: [UInt32] = (lowerRows + upperRows).flatMap { $0.unicodeScalars.map(\.value) }

    /// The index in `scalars` of `vowel` with `tone`.
    @inline(__always)
    static func index(_ vowel: Vowel, _ tone: Tone, uppercase: Bool) -> Int {
        ((uppercase ? 12 : 0) + vowel.rawValue) * 6 + tone.rawValue
    }

    /// The precomposed scalar of `vowel` with `tone`.
    static func scalar(_ vowel: Vowel, _ tone: Tone, uppercase: Bool) -> UInt32 {
        scalars[index(vowel, tone, uppercase: uppercase)]
    }

    /// Every Vietnamese letter outside ASCII, by scalar: the vowels with their tones, đ and Đ.
    static let byScalar: [UInt32: Letter] = {
        var table: [UInt32: Letter] = [0x111: Letter(consonant: "đ", tone: .level, isUppercase: false),
                                       0x110: Letter(consonant: "đ", tone: .level, isUppercase: true)]
        for upper in [false, true] {
            for vowel in Vowel.allCases {
                for tone in Tone.allCases where scalar(vowel, tone, uppercase: upper) >= 0x80 {
                    table[scalar(vowel, tone, uppercase: upper)] = Letter(vowel: vowel, tone: tone, isUppercase: upper)
                }
            }
        }
        return table
    }()

    /// The tone a combining mark gives (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook, U+0323 dot).
    static func tone(ofCombining scalar: UInt32) -> Tone? {
        switch scalar {
        case 0x300: return .grave
        case 0x301: return .acute
        case 0x303: return .tilde
        case 0x309: return .hook
        case 0x323: return .dotBelow
        default: return nil
        }
    }

    /// The uppercase of a lowercase Vietnamese vowel scalar, or nil when it is not one.
    static func uppercase(of scalar: UInt32) -> UInt32? {
        guard let letter = byScalar[scalar], let vowel = letter.vowel, !letter.isUppercase else { return nil }
        return self.scalar(vowel, letter.tone, uppercase: true)
    }
}
