import Foundation

/// A calendar day without time or zone: deadlines are days in the province's calendar.
public struct Day: Comparable, Hashable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO date `YYYY-MM-DD`; nil when malformed or not a real day.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(checkedYear: y, month: m, day: d)
    }

    /// A day as offices write it: `14/08/2025`, `14-8-2025`, `14.08.2025`, `2025-08-14` or
    /// `2025/08/14` (Google Forms); nil when it is not a real day.
    public init?(written: String) {
        let text = Self.trimmingSpaces(written)
        if let day = Day(iso: text) { self = day; return }
        let parts = text.split(omittingEmptySubsequences: false) { "/-.".contains($0) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3, parts.count == 3 else { return nil }
        if parts[0].count == 4 {
            self.init(checkedYear: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[2].count == 4 {
            self.init(checkedYear: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            return nil
        }
    }

    /// The text without leading and trailing spaces as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives it on Linux — tab, space, U+00A0, U+1680,
    /// U+2000–U+200B, U+202F, U+205F, U+3000 (DayTests compares every scalar up to U+FFFF) —
    /// scalar by scalar: Foundation goes through NSString, which made reading dates ~23% of
    /// the answers stage at 1M (perf).
    static func trimmingSpaces(_ text: String) -> String {
        SimpleScalars.trimming(text) { scalar in
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
            default: return false
            }
        }
    }

    /// The day a submission was made, from a form's time stamp such as
    /// `2025/07/24 9:34:31 SA GMT+7` or `24/07/2025 09:34`: the date before the first space.
    public init?(stamp: String) {
        guard let first = stamp.split(separator: " ", omittingEmptySubsequences: true).first else { return nil }
        self.init(written: String(first))
    }

    private init?(checkedYear y: Int, month m: Int, day d: Int) {
        guard (1000...9999).contains(y), (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(ordinal: ordinal + count)
    }

    /// Days from `other` to this day (negative when this one is earlier).
    public func days(since other: Day) -> Int {
        ordinal - other.ordinal
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
    /// days-from-civil): whole-day arithmetic without a Calendar or a time zone.
    private var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// ISO form, `2025-08-05`.
    public var description: String {
        // Not String(format:): dates are written on every row of the workbooks.
        "\(Self.fourDigits(year))-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// Vietnamese administrative form, `05/8/2025` style is avoided: always `05/08/2025`.
    public var vietnamese: String {
        "\(Self.twoDigits(day))/\(Self.twoDigits(month))/\(Self.fourDigits(year))"
    }

    /// A number below 100 with a leading zero (`05`), as dates and times are written.
    public static func twoDigits(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : String(value)
    }

    private static func fourDigits(_ year: Int) -> String {
        let digits = String(year.magnitude)
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
