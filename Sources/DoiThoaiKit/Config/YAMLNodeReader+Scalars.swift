import Foundation
import Yams

/// A scalar's trimmed text together with where it was written, kept so that later
/// cross-checks (duplicate codes, unknown departments) can still name the line.
struct YAMLText {
    let text: String
    let node: Node
    let path: String
}

// Scalars are read from their text as written, never from Yams' resolved type: an
// unquoted `0123` must stay the code "0123", not become the number 123, and an unquoted
// date must stay the day it names, not a timestamp in some time zone.
extension YAMLNodeReader {
    /// The scalar's text, trimmed; reports lists, mappings and empty values.
    func text(_ node: Node?, path: String, label: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            reportKind(of: node, path: path, expected: .scalar, label: label)
            return nil
        }
        let text = isNull(node) ? "" : scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            report("\(label) đang để trống — điền giá trị sau dấu hai chấm.", at: node, path: path)
            return nil
        }
        return text
    }

    /// Like `text`, keeping the node and path for later cross-checks.
    func located(_ node: Node?, path: String, label: String) -> YAMLText? {
        guard let node, let text = text(node, path: path, label: label) else { return nil }
        return YAMLText(text: text, node: node, path: path)
    }

    /// A decimal number (`0.85`, `.85`, `1`); a Vietnamese decimal comma gets its own hint.
    func number(_ node: Node?, path: String, label: String, example: String) -> Double? {
        guard let text = text(node, path: path, label: label) else { return nil }
        if let value = Double(text), value.isFinite { return value }
        var message = "\(label) phải là một số (ví dụ \(example)), nhưng đang là \"\(text)\""
        let withPoint = text.replacingOccurrences(of: ",", with: ".")
        if withPoint != text, Double(withPoint) != nil {
            message += " — dùng dấu chấm cho phần thập phân: \(withPoint)."
        } else {
            message += " — sửa lại thành một số."
        }
        report(message, at: node, path: path)
        return nil
    }

    /// A whole number within `range`; `Int.max` as the upper bound means "no upper limit".
    func integer(_ node: Node?, path: String, label: String, in range: ClosedRange<Int>,
                 example: String) -> Int? {
        guard let node, let text = text(node, path: path, label: label) else { return nil }
        guard let value = Double(text), let int = Int(exactly: value) else {
            report("\(label) phải là một số nguyên (ví dụ \(example)), nhưng đang là \"\(text)\" — "
                   + "sửa lại thành số, không kèm chữ.", at: node, path: path)
            return nil
        }
        guard range.contains(int) else {
            let limit = range.upperBound == Int.max
                ? "lớn hơn \(range.lowerBound - 1)"
                : "từ \(range.lowerBound) đến \(range.upperBound)"
            report("\(label) phải \(limit), nhưng đang là \(int) — sửa lại, ví dụ \(example).",
                   at: node, path: path)
            return nil
        }
        return int
    }

    /// A calendar day written `YYYY-MM-DD`; reports malformed and impossible days.
    func day(_ node: Node?, path: String, label: String) -> Day? {
        guard let node, let text = text(node, path: path, label: label) else { return nil }
        if let day = Day(iso: text) { return day }
        report(Self.dayProblem(text, label: label), at: node, path: path)
        return nil
    }

    /// A list of non-empty scalars; an absent or empty value is `[]`.
    func texts(_ node: Node?, path: String, label: String, itemLabel: String) -> [YAMLText]? {
        guard let items = items(of: node, path: path, label: label) else { return nil }
        return items.compactMap { located($0.node, path: $0.path, label: itemLabel) }
    }

    /// Reports every value equal to an earlier one, comparing trimmed text case-insensitively;
    /// `message` gets the repeated value and the line of its first occurrence.
    func reportDuplicates(_ values: [YAMLText], message: (String, Int?) -> String) {
        var first: [String: YAMLText] = [:]
        for value in values {
            let key = value.text.lowercased()
            if let earlier = first[key] {
                report(message(value.text, earlier.node.mark?.line), at: value.node, path: value.path)
            } else {
                first[key] = value
            }
        }
    }
}

// MARK: - Days

extension YAMLNodeReader {
    static func dayProblem(_ text: String, label: String) -> String {
        let parts = text.split(omittingEmptySubsequences: false) { "-/.".contains($0) }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count == 3, parts.count == 3, let iso = isoDay(numbers, yearFirst: parts[0].count == 4) {
            if Day(iso: iso) == nil {
                return "\(label) \"\(text)\" không phải là ngày có thật — kiểm tra lại ngày và tháng "
                    + "(tháng 4, 6, 9, 11 có 30 ngày; tháng 2 có 28 hoặc 29 ngày)."
            }
            return "\(label) phải viết theo dạng năm-tháng-ngày YYYY-MM-DD, nhưng đang là \"\(text)\" — "
                + "viết thành \(iso)."
        }
        return "\(label) phải là một ngày dạng YYYY-MM-DD (ví dụ 2025-08-05), nhưng đang là \"\(text)\" — "
            + "sửa lại theo dạng đó."
    }

    /// The ISO form of a day written `d/m/yyyy` (the Vietnamese way) or `yyyy-m-d`,
    /// whether or not that day exists; nil when the numbers cannot be a date at all.
    private static func isoDay(_ numbers: [Int], yearFirst: Bool) -> String? {
        let (year, month, day) = yearFirst
            ? (numbers[0], numbers[1], numbers[2])
            : (numbers[2], numbers[1], numbers[0])
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return nil
        }
        return Day(year: year, month: month, day: day).description
    }
}
