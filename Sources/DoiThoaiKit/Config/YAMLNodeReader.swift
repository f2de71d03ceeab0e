import Foundation
import Yams

/// A key a YAML mapping may hold, with what to tell the officer when it is missing.
struct YAMLKey {
    let name: String
    let required: Bool
    /// How to add the key, e.g. `thêm dòng "year: 2025"`.
    let hint: String

    static func required(_ name: String, _ hint: String) -> YAMLKey {
        YAMLKey(name: name, required: true, hint: hint)
    }

    static func optional(_ name: String) -> YAMLKey {
        YAMLKey(name: name, required: false, hint: "")
    }
}

/// The known keys of one mapping, read once; unknown and missing keys are already reported.
struct YAMLFields {
    /// Key path of the mapping itself.
    let path: String
    /// The mapping node, whose mark locates problems about the mapping as a whole.
    let node: Node
    fileprivate var values: [String: Node] = [:]

    /// The value written for `key`, nil when absent.
    subscript(key: String) -> Node? { values[key] }

    /// Key path of a child key, e.g. `deadlines.collect`.
    func path(_ key: String) -> String { YAMLPath.key(key, in: path) }
}

/// Builds the key paths of `ConfigProblem`: `topics[3].lead`.
enum YAMLPath {
    static func key(_ key: String, in parent: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }

    static func index(_ index: Int, in parent: String) -> String {
        "\(parent)[\(index)]"
    }
}

/// Reads a composed YAML tree piece by piece, collecting every problem instead of
/// stopping at the first: the officer should be able to fix the whole file in one pass.
///
/// Readers return nil when a value is missing or wrong, the problem already recorded.
/// Callers may then build partial results: any recorded problem fails the whole load.
final class YAMLNodeReader {
    private(set) var problems: [ConfigProblem] = []

    /// Records a problem at the node's place (its line and column).
    func report(_ message: String, at node: Node?, path: String) {
        problems.append(ConfigProblem(
            line: node?.mark?.line, column: node?.mark?.column, keyPath: path, message: message))
    }

    /// Reads a mapping's keys: reports a non-mapping, unknown keys (with the closest known
    /// key when there is one) and missing required keys (at the mapping's own line).
    func fields(of node: Node?, path: String, label: String, keys: [YAMLKey]) -> YAMLFields? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            reportKind(of: node, path: path, expected: .mapping, label: label)
            return nil
        }
        var fields = YAMLFields(path: path, node: node)
        let known = keys.map(\.name)
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyText(keyNode, path: path) else { continue }
            if known.contains(key) {
                fields.values[key] = value
            } else if let suggestion = reportUnknown(key: key, at: keyNode, path: fields.path(key), known: known) {
                suggested.insert(suggestion)
            }
        }
        // A misspelt required key is one mistake: "did you mean" already says what is missing.
        for key in keys where key.required && fields[key.name] == nil && !suggested.contains(key.name) {
            report("thiếu khóa bắt buộc \"\(key.name)\" — \(key.hint).", at: node, path: fields.path(key.name))
        }
        return fields
    }

    /// The items of a list, with their key paths; an empty or null value is `[]`.
    func items(of node: Node?, path: String, label: String) -> [(path: String, node: Node)]? {
        guard let node else { return nil }
        if isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            reportKind(of: node, path: path, expected: .sequence, label: label)
            return nil
        }
        return sequence.enumerated().map { (YAMLPath.index($0.offset, in: path), $0.element) }
    }

    /// Reads each item; an item that fails without having said why still gets a problem,
    /// so that a list never loses an item silently.
    func readEach<T>(_ items: [(path: String, node: Node)], _ read: ((path: String, node: Node)) -> T?) -> [T] {
        items.compactMap { item in
            let before = problems.count
            let value = read(item)
            if value == nil, problems.count == before {
                report("không đọc được mục này — kiểm tra lại các khóa của nó.", at: item.node, path: item.path)
            }
            return value
        }
    }

    /// Whether a scalar is YAML's null (`key:` with nothing after it, `~`, `null`).
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
            return false
        }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func keyText(_ keyNode: Node, path: String) -> String? {
        if case .scalar(let scalar) = keyNode { return scalar.string }
        report("khóa phải là một chữ đơn (ví dụ \"name:\"), không phải danh sách hay nhóm khóa — "
               + "kiểm tra dấu \"?\", \"[\" hoặc \"{\" ở đầu dòng.", at: keyNode, path: path)
        return nil
    }

    /// Reports a key the schema does not know; returns the known key suggested instead, if any.
    private func reportUnknown(key: String, at keyNode: Node, path: String, known: [String]) -> String? {
        let suggestion = ConfigSuggestion.closest(to: key, among: known)
        var message = "khóa \"\(key)\" không được hỗ trợ"
        if let suggestion {
            message += " — có phải ý bạn là \"\(suggestion)\"?"
        } else {
            let list = known.map { "\"\($0)\"" }.joined(separator: ", ")
            message += " — chỉ dùng được các khóa: \(list); xóa hoặc sửa khóa này."
        }
        report(message, at: keyNode, path: path)
        return suggestion
    }
}

// MARK: - Kinds of node

/// The three shapes a YAML value can take, named for the officer.
enum YAMLKind {
    case scalar, sequence, mapping

    init(_ node: Node) {
        switch node {
        case .scalar, .alias: self = .scalar
        case .sequence: self = .sequence
        case .mapping: self = .mapping
        }
    }

    var vietnamese: String {
        switch self {
        case .scalar: return "một giá trị đơn"
        case .sequence: return "một danh sách"
        case .mapping: return "một nhóm khóa"
        }
    }

    /// How to write a value of this kind in YAML.
    var howToWrite: String {
        switch self {
        case .scalar: return "viết giá trị ngay sau dấu hai chấm, trên cùng một dòng"
        case .sequence: return "viết mỗi mục trên một dòng bắt đầu bằng \"- \", hoặc dạng [A, B]"
        case .mapping: return "viết các khóa con thụt vào bên dưới, mỗi dòng dạng \"khóa: giá trị\""
        }
    }
}

extension YAMLNodeReader {
    /// Reports a value of the wrong shape, e.g. a list where a mapping is expected.
    func reportKind(of node: Node, path: String, expected: YAMLKind, label: String) {
        let actual = isNull(node) ? "đang để trống" : "đang là \(YAMLKind(node).vietnamese)"
        report("\(label) phải là \(expected.vietnamese), nhưng \(actual) — \(expected.howToWrite).",
               at: node, path: path)
    }
}
