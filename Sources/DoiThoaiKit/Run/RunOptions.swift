import Foundation

/// What `doithoai run` and `doithoai check` are told.
public struct RunOptions: Sendable {
    public var input: URL
    public var output: URL
    /// The day statuses are judged on; the run date when nil.
    public var today: Day?
    /// Fixed creation time for the workbooks (byte-stable output in tests).
    public var fixedTime: Date?
    /// Where the registry is kept; `registry.sqlite` in the output folder when nil.
    public var registry: URL?

    public init(input: URL, output: URL, today: Day? = nil, fixedTime: Date? = nil, registry: URL? = nil) {
        self.input = input
        self.output = output
        self.today = today
        self.fixedTime = fixedTime
        self.registry = registry
    }

    /// The registry's place: by default inside the output folder, beside the outputs it explains.
    public var registryPath: String { (registry ?? output.appendingPathComponent("registry.sqlite")).path }

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
