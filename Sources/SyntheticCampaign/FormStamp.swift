import DoiThoaiKit

/// Google Forms' "Dấu thời gian", as in the example: `2025/07/24 9:34:31 SA GMT+7` (SA before
/// noon, CH after). The rows of a form file are stamped in order over the three weeks before
/// the collect deadline, so none arrives late.
enum FormStamp {
    static let days = 20

    static func stamp(row: Int, of rows: Int, collect: Day, using random: inout SeededGenerator) -> [UInt8] {
        let day = collect.adding(days: -days + row * days / max(1, rows))
        let hour = random.number(in: 6...22), minute = random.index(60), second = random.index(60)
        let clock = "\(hour > 12 ? hour - 12 : hour):\(Day.twoDigits(minute)):\(Day.twoDigits(second)) \(hour < 12 ? "SA" : "CH")"
        return Array("\(day.year)/\(Day.twoDigits(day.month))/\(Day.twoDigits(day.day)) \(clock) GMT+7".utf8)
    }
}
