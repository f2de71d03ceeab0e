import Foundation

/// What is wrong with a JSON file, in Vietnamese words with the field's path
/// (`by_topic[2].count`) or the line of a syntax error, for an officer who opens the file in
/// a text editor. Foundation's own messages are English and name Swift types.
enum JSONProblem {
    static func describe(_ error: DecodingError, in data: Data) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "không đọc được JSON: \(syntax(data))"
        case .dataCorrupted(let context):
            return "trường \(path(context.codingPath)) có giá trị không hợp lệ"
        case .keyNotFound(let key, let context):
            return "thiếu trường \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "nội dung tệp không phải một đối tượng JSON { … }"
        case .typeMismatch(let type, let context):
            return "trường \(path(context.codingPath)) phải là \(kind(of: type))"
        case .valueNotFound(_, let context):
            return "trường \(path(context.codingPath)) để trống (null)"
        @unknown default:
            return "\(error)"
        }
    }

    /// Where the syntax breaks. JSONDecoder on Linux only says "not valid JSON";
    /// JSONSerialization names the byte, which is turned into a line and column here.
    static func syntax(_ data: Data) -> String {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return "tệp trống" }
        let detail: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "sai cú pháp"
        } catch {
            detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        }
        if detail.contains("end of file") { return "tệp kết thúc giữa chừng, thiếu phần cuối" }
        guard let offset = detail.split(separator: " ").last.flatMap({ Int($0.trimmingCharacters(in: .punctuationCharacters)) }) else {
            return "sai cú pháp"
        }
        let before = data.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        return "sai cú pháp ở dòng \(line), cột \(column)"
    }

    /// `by_topic[2].count`, quoted.
    static func path(_ keys: [CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return "\"\(text)\""
    }

    /// The JSON kind a Swift type is read from.
    static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        if type == Int.self || type == Double.self { return "một số" }
        if type == String.self { return "một chuỗi văn bản trong dấu ngoặc kép" }
        if name.hasPrefix("Array<") { return "một danh sách [ … ]" }
        return "một đối tượng { … }"
    }
}
