import Foundation

/// Which night of the same input a run is.
public enum Night: String, CaseIterable, Sendable {
    /// The first run, on an empty registry: every question is new.
    case first
    /// The same input again, as on the next night with nothing new: files are recognised
    /// as unchanged, but the workbooks are written anew.
    case rerun

    /// As the report's lines say it: "first night", "rerun".
    public var phrase: String { self == .first ? "first night" : "rerun" }
}

/// One `doithoai run` of a synthetic campaign, as measured.
public struct RunMeasurement: Equatable, Sendable {
    /// Question rows in the campaign.
    public var size: Int
    public var night: Night
    public var time: GNUTimeReport
    /// Empty when the run failed before writing its report.
    public var stages: StageSeconds

    public init(size: Int, night: Night, time: GNUTimeReport, stages: StageSeconds) {
        self.size = size
        self.night = night
        self.time = time
        self.stages = stages
    }

    public var wallSeconds: Double { time.wallSeconds }

    /// Wall time outside the measured stages: process start-up, the lock, renaming the
    /// outputs into place, exit. Never below zero (stages are rounded to 0.1 ms).
    public var outsideStages: Double { max(0, time.wallSeconds - stages.total) }
}

/// What `xlsx-floor` printed for a run's questions.csv.
public struct FloorMeasurement: Equatable, Sendable {
    /// The campaign size whose questions.csv was written.
    public var size: Int
    /// Rows written, the CSV's header row included.
    public var rows: Int
    public var columns: Int
    public var seconds: Double
    public var bytes: Int

    public init(size: Int, rows: Int, columns: Int, seconds: Double, bytes: Int) {
        self.size = size
        self.rows = rows
        self.columns = columns
        self.seconds = seconds
        self.bytes = bytes
    }

    /// Parses xlsx-floor's "key: value" lines.
    public init(size: Int, parsing output: String) throws {
        var values: [String: String] = [:]
        for line in output.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            values[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let rows = values["rows"].flatMap({ Int($0) }), let columns = values["columns"].flatMap({ Int($0) }),
              let seconds = values["seconds"].flatMap({ Double($0) }), let bytes = values["bytes"].flatMap({ Int($0) })
        else { throw BenchError.malformed(what: "xlsx-floor's output", detail: output) }
        self.init(size: size, rows: rows, columns: columns, seconds: seconds, bytes: bytes)
    }
}
