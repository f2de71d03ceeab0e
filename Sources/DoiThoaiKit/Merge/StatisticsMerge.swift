import Foundation

/// One province-year's `statistics.json`, with the file it was read from, named as the user
/// named it on the command line (so messages point at what they typed).
public struct ProvinceStatistics: Sendable, Equatable {
    public var file: String
    public var statistics: Statistics

    public init(file: String, statistics: Statistics) {
        self.file = file
        self.statistics = statistics
    }
}

/// Reads the provinces' `statistics.json` files and adds them up for the Ministry
/// (`doithoai merge`, DESIGN.md §5). A file it cannot trust is refused, never half-counted:
/// a national total silently missing a province, or counting one twice, would be wrong.
public enum StatisticsMerge {
    /// The only `schema_version` this release reads; a file of another version may mean
    /// its counts differently, so it is refused rather than guessed at.
    public static let knownSchemaVersion = 1

    /// Reads every file; returns the files read and the problems of the others, all of them.
    public static func read(_ files: [String]) -> (read: [ProvinceStatistics], problems: [MergeProblem]) {
        var read: [ProvinceStatistics] = []
        var problems: [MergeProblem] = files.isEmpty ? [.noFiles] : []
        for file in files {
            switch readFile(file) {
            case .success(let province): read.append(province)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (read, problems)
    }

    static func readFile(_ file: String) -> Result<ProvinceStatistics, MergeProblem> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return .failure(.unreadable(file: file, reason: readProblem(file)))
        }
        return decode(data, file: file).map { ProvinceStatistics(file: file, statistics: $0) }
    }

    /// Foundation's message for a missing file is English and long; the two usual causes are said plainly.
    static func readProblem(_ file: String) -> String {
        FileManager.default.fileExists(atPath: file) ? "không có quyền đọc, hoặc đây là thư mục" : "không tìm thấy tệp"
    }

    /// Decodes one file. The version is looked at first, so that a file of another version is
    /// named as such, not as broken JSON because a field was renamed.
    public static func decode(_ data: Data, file: String) -> Result<Statistics, MergeProblem> {
        let decoder = JSONDecoder()
        do {
            let probe = try decoder.decode(SchemaVersionProbe.self, from: data)
            guard probe.version == knownSchemaVersion else { return .failure(.unknownSchema(file: file, found: probe.found)) }
            return .success(try decoder.decode(Statistics.self, from: data))
        } catch let error as DecodingError {
            return .failure(.invalidJSON(file: file, problem: JSONProblem.describe(error, in: data)))
        } catch {
            return .failure(.invalidJSON(file: file, problem: "\(error)"))
        }
    }

    /// Two files of the same province (spelled with or without diacritics, in any case) and
    /// year: each later one is named with the first.
    public static func duplicates(_ provinces: [ProvinceStatistics]) -> [MergeProblem] {
        var first: [String: String] = [:]
        var problems: [MergeProblem] = []
        for province in provinces {
            let statistics = province.statistics
            let key = "\(VietnameseText.fold(statistics.province))|\(statistics.year)"
            if let earlier = first[key] {
                problems.append(.duplicate(file: province.file, earlier: earlier, province: statistics.province, year: statistics.year))
            } else {
                first[key] = province.file
            }
        }
        return problems
    }

    /// Adds the provinces up, in the order given. Refuses duplicates, which would count a
    /// province twice, and nothing at all, which would make an empty national workbook.
    public static func merge(_ provinces: [ProvinceStatistics]) throws -> NationalStatistics {
        let problems = provinces.isEmpty ? [.noFiles] : duplicates(provinces)
        guard problems.isEmpty else { throw MergeRefusal(problems) }
        return NationalStatistics(provinces)
    }

    /// Reads, checks and merges the files; throws `MergeRefusal` with every problem found.
    public static func load(_ files: [String]) throws -> NationalStatistics {
        let (read, problems) = read(files)
        let all = problems + duplicates(read)
        guard all.isEmpty else { throw MergeRefusal(all) }
        return try merge(read)
    }
}

/// Just the `schema_version` of a file, whatever else it holds, and whatever type the
/// version was written as (a newer release might write "2.0").
struct SchemaVersionProbe: Decodable {
    var version: Int?
    /// The value as written, for the message; `nil` when the field is missing or null.
    var found: String?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let key = CodingKeys.schemaVersion
        if let number = try? container.decodeIfPresent(Int.self, forKey: key) {
            version = number
            found = String(number)
        } else if let number = try? container.decodeIfPresent(Double.self, forKey: key) {
            found = String(number)
        } else if let text = try? container.decodeIfPresent(String.self, forKey: key) {
            found = "\"\(text)\""
        } else if container.contains(key), (try? container.decodeNil(forKey: key)) == false {
            found = "một giá trị không phải số"
        }
    }
}
