import Foundation

/// What `doithoai run` and `doithoai check` are told.
public struct RunOptions: Sendable {
    public var input: URL
    public var output: URL
    /// The day statuses are judged on; the run date when nil.
    public var today: Day?
    /// Fixed creation time for the workbooks (byte-stable output in tests).
    public var fixedTime: Date?

    public init(input: URL, output: URL, today: Day? = nil, fixedTime: Date? = nil) {
        self.input = input
        self.output = output
        self.today = today
        self.fixedTime = fixedTime
    }

    /// The registry's place: inside the output folder, beside the outputs it explains.
    public var registryPath: String { output.appendingPathComponent("registry.sqlite").path }

    var day: Day {
        today ?? Day(date: fixedTime ?? Date())
    }
}

extension Day {
    /// The calendar day of a moment in Vietnam (UTC+7, no daylight saving).
    public init(date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
