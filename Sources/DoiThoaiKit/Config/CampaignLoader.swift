import Foundation
import Yams

/// Reads `campaign.yml` into a `Campaign`, validating every key (DESIGN.md §9).
///
/// Either the whole file is valid and a `Campaign` comes back, or a `ConfigError` lists
/// every problem found, each with its line, key path and a Vietnamese fix.
public enum CampaignLoader {
    /// Reads and validates the file at `url`; a missing or unreadable file is a `ConfigError` too.
    public static func load(contentsOf url: URL) throws -> Campaign {
        let file = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            let message = exists
                ? "không đọc được tệp \(url.path) — kiểm tra quyền đọc của tệp."
                : "không tìm thấy tệp \(url.path) — đặt tệp campaign.yml vào thư mục input."
            throw ConfigError(file: file, problems: [ConfigProblem(line: nil, keyPath: "", message: message)])
        }
        guard let yaml = decode(data) else {
            throw ConfigError(file: file, problems: [ConfigProblem(
                line: nil, keyPath: "",
                message: "tệp không được lưu bằng bảng mã UTF-8 — mở tệp bằng trình soạn thảo "
                    + "và lưu lại với bảng mã UTF-8.")])
        }
        return try parse(yaml: yaml, file: file)
    }

    /// Validates YAML text; `file` names the file in the problems (e.g. `campaign.yml`).
    public static func parse(yaml: String, file: String) throws -> Campaign {
        switch YAMLNodeComposer.compose(yaml) {
        case .problem(let problem):
            throw ConfigError(file: file, problems: [problem])
        case .root(let root):
            let reader = YAMLNodeReader()
            let campaign = campaign(from: root, reader)
            guard let campaign, reader.problems.isEmpty else {
                // Every reader that gives up says why; this is the net should one ever forget.
                let problems = reader.problems.isEmpty
                    ? [ConfigProblem(line: nil, keyPath: "", message: "cấu hình chưa đầy đủ — đối chiếu với tệp mẫu.")]
                    : inLineOrder(reader.problems)
                throw ConfigError(file: file, problems: problems)
            }
            return campaign
        }
    }

    /// Text of the file: UTF-8 (Notepad may add a BOM), or UTF-16 with its BOM ("Unicode").
    private static func decode(_ data: Data) -> String? {
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        guard var text = String(data: data, encoding: utf16 ? .utf16 : .utf8) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Problems sorted by line, keeping the reading order within a line; whole-file problems first.
    private static func inLineOrder(_ problems: [ConfigProblem]) -> [ConfigProblem] {
        problems.enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
    }
}

// MARK: - The top level

extension CampaignLoader {
    static func campaign(from root: Node, _ r: YAMLNodeReader) -> Campaign? {
        guard let f = r.fields(of: root, path: "", label: "nội dung tệp", keys: CampaignSchema.root) else {
            return nil
        }
        let province = r.text(f["province"], path: "province", label: "tên tỉnh (province)")
        let year = r.integer(f["year"], path: "year", label: "năm (year)", in: 2000...2100, example: "2025")
        let title = r.text(f["title"], path: "title", label: "tên hội nghị (title)")
        let theme = r.text(f["theme"], path: "theme", label: "chủ đề (theme)")
        let codePrefix = codePrefix(f["code_prefix"], r)
        let deadlines = deadlines(f["deadlines"], r)
        let dialogue = dialogue(f["dialogue"], r)
        let departments = departments(f["departments"], r)
        let units = units(f["units"], r)
        let topics = topics(f["topics"], departmentCodes: departments.codes, r)
        let dedup = dedup(f["dedup"], r)
        let classification = classification(f["classification"], r)
        let privacy = privacy(f["privacy"], r)
        guard let province, let year, let title, let theme, let codePrefix, let deadlines, let dialogue,
              let departments = departments.list, let units, let topics,
              let dedup, let classification, let privacy
        else { return nil }
        return Campaign(
            province: province, year: year, title: title, theme: theme, codePrefix: codePrefix,
            deadlines: deadlines, dialogue: dialogue, departments: departments, units: units,
            topics: topics, dedup: dedup, classification: classification, privacy: privacy)
    }

    /// The prefix goes into every question code and file name, so it stays plain ASCII.
    static func codePrefix(_ node: Node?, _ r: YAMLNodeReader) -> String? {
        let label = "tiền tố mã câu hỏi (code_prefix)"
        guard let prefix = r.text(node, path: "code_prefix", label: label) else { return nil }
        let plain = prefix.count <= 10 && prefix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard plain else {
            r.report("\(label) \"\(prefix)\" chỉ được gồm từ 1 đến 10 chữ cái không dấu hoặc chữ số, "
                     + "không có dấu cách hay ký tự khác — ví dụ CB25.", at: node, path: "code_prefix")
            return nil
        }
        return prefix
    }
}
