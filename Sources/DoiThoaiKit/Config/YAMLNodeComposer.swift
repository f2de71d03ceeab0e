import Foundation
import Yams

/// Turns YAML text into a `Node` tree that keeps every value's line, or into the one
/// problem that stops YAML from reading the file (libYAML cannot go on past a syntax error).
enum YAMLNodeComposer {
    enum Outcome {
        case root(Node)
        case problem(ConfigProblem)
    }

    /// Composes the file's single document.
    static func compose(_ yaml: String) -> Outcome {
        do {
            guard let root = try Yams.compose(yaml: yaml) else {
                return .problem(ConfigProblem(
                    line: nil, keyPath: "",
                    message: "tệp trống — chép tệp campaign.yml mẫu rồi sửa lại cho tỉnh của bạn."))
            }
            return .root(root)
        } catch {
            return .problem(problem(from: error, yaml: yaml))
        }
    }

    private static func problem(from error: Error, yaml: String) -> ConfigProblem {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return unclosedQuoteProblem(problem, mark: mark, yaml: yaml)
                ?? syntaxProblem(problem, context: context, mark: mark)
        case .reader(let problem, let offset, _, _):
            let line = offset.map { yaml.prefix($0).filter { $0 == "\n" }.count + 1 }
            return ConfigProblem(
                line: line, keyPath: "",
                message: "tệp có ký tự không đọc được (\(problem)) — xóa ký tự lạ ở dòng này, "
                    + "rồi lưu tệp lại dạng UTF-8.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKeyProblem(duplicates.first ?? "", first: context.mark, yaml: yaml)
        default:
            return ConfigProblem(
                line: nil, keyPath: "",
                message: "không đọc được YAML (\(error)) — kiểm tra lại tệp hoặc chép lại từ tệp mẫu.")
        }
    }

    private static func syntaxProblem(_ problem: String, context: YamlError.Context?, mark: Mark) -> ConfigProblem {
        // At the end of the file libYAML points past the last line; the context (an unclosed
        // quote or bracket) is where the officer must look.
        let place = problem.contains("end of stream") ? (context?.mark ?? mark) : mark
        return ConfigProblem(
            line: place.line, column: place.column, keyPath: "",
            message: "YAML viết sai cú pháp: \(explanation(of: problem)) (libyaml: \(problem)).")
    }

    /// libYAML's commonest complaints, said the way the officer can act on them.
    private static func explanation(of problem: String) -> String {
        let known: [(String, String)] = [
            ("tab character",
             "dòng này thụt lề bằng phím Tab — YAML chỉ chấp nhận dấu cách; thay Tab bằng dấu cách"),
            ("cannot start any token",
             "có ký tự không được đứng đầu giá trị, thường là phím Tab dùng để thụt lề — chỉ thụt lề "
                 + "bằng dấu cách; nếu giá trị bắt đầu bằng @ hoặc `, đặt nó trong dấu ngoặc kép"),
            ("mapping values are not allowed",
             "có dấu hai chấm ở chỗ không được phép — nếu giá trị có chứa \": \", đặt cả giá trị "
                 + "trong dấu ngoặc kép; nếu không, kiểm tra thụt lề của dòng này"),
            ("did not find expected key",
             "thụt lề không khớp với các dòng phía trên — các khóa cùng cấp phải thẳng cột với nhau"),
            ("did not find expected '-' indicator",
             "các mục của danh sách không thẳng cột — mọi mục phải bắt đầu bằng \"- \" ở cùng một cột"),
            ("end of stream",
             "có dấu ngoặc kép hoặc ngoặc [ { mở ra mà chưa được đóng — thêm dấu đóng tương ứng"),
            ("another document",
             "tệp có hơn một tài liệu YAML (dòng \"---\") — chỉ giữ lại một"),
            ("undefined alias",
             "dùng tham chiếu *tên mà chưa khai báo &tên ở phía trên — bỏ dấu * hoặc khai báo tên"),
            ("unknown escape character",
             "trong dấu ngoặc kép, dấu \\ đi kèm ký tự không hợp lệ — dùng dấu ngoặc đơn ' ' thay thế"),
        ]
        for (fragment, explanation) in known where problem.contains(fragment) {
            return explanation
        }
        return "kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm, dấu phẩy và dấu ngoặc ở dòng này "
            + "hoặc ngay phía trên"
    }
}

// MARK: - Unclosed quotes

extension YAMLNodeComposer {
    // libYAML reads on past an unclosed `"` as one long text and complains lines later,
    // far from the mistake; the officer must look where the quote opened.
    private static func unclosedQuoteProblem(_ problem: String, mark: Mark, yaml: String) -> ConfigProblem? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).prefix(mark.line)
        guard let index = lines.firstIndex(where: { hasUnclosedQuote($0) }),
              index + 1 < mark.line || problem.contains("end of stream") else {
            return nil
        }
        return ConfigProblem(
            line: index + 1, keyPath: "",
            message: "YAML viết sai cú pháp: dấu ngoặc kép mở ở dòng này chưa được đóng — thêm dấu \" "
                + "ở cuối giá trị (libyaml dừng ở dòng \(mark.line): \(problem)).")
    }

    /// Whether a line holds an odd number of `"` (not counting `\"` escapes).
    private static func hasUnclosedQuote(_ line: Substring) -> Bool {
        var count = 0
        var escaped = false
        for character in line {
            if character == "\"", !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count % 2 == 1
    }
}

// MARK: - Duplicate keys

extension YAMLNodeComposer {
    // Yams reports only the first occurrence of a repeated key; the officer needs the
    // repetition too, so look for the same key written in the same column further down.
    private static func duplicateKeyProblem(_ key: String, first: Mark, yaml: String) -> ConfigProblem {
        let repeated = lineRepeating(key: key, after: first, in: yaml)
        let message = repeated == nil
            ? "khóa \"\(key)\" được viết nhiều lần trong cùng một nhóm — chỉ giữ lại một lần."
            : "khóa \"\(key)\" được viết hai lần trong cùng một nhóm (lần đầu ở dòng \(first.line)) "
                + "— xóa một trong hai, hoặc sửa tên khóa nếu gõ nhầm."
        // The key path stays empty: Yams stops before the tree exists, so only the line is known.
        return ConfigProblem(line: repeated ?? first.line, column: repeated == nil ? first.column : nil,
                             keyPath: "", message: message)
    }

    private static func lineRepeating(key: String, after first: Mark, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= first.column else { continue }
            let indent = String(String.UnicodeScalarView(scalars[..<(first.column - 1)]))
            let rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
            // Before the key: only the indentation, or the "- " that opens a list item.
            guard indent.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let written = [key, "\"\(key)\"", "'\(key)'"]
            if written.contains(where: { rest.hasPrefix($0 + ":") || rest.hasPrefix($0 + " :") }) {
                return index + 1
            }
        }
        return nil
    }
}
