import Foundation
import Yams

// The lists of campaign.yml: departments, units and topics, and the checks across items.
// Codes are compared trimmed and case-insensitively: "SYT" and "syt " are the same department
// to a person, so two of them would split its questions between two workbooks.
extension CampaignLoader {
    /// The departments, and their codes by lowercased code for the topics' references;
    /// `codes` is nil when the list itself is unreadable, so that references go unchecked
    /// rather than all reported as unknown.
    struct DepartmentsRead {
        var list: [Department]?
        var codes: [String: String]?
    }

    static func departments(_ node: Node?, _ r: YAMLNodeReader) -> DepartmentsRead {
        let label = "danh sách cơ quan trả lời (departments)"
        guard let items = nonEmptyItems(node, "departments", label, what: "một cơ quan", r) else {
            return DepartmentsRead(list: nil, codes: nil)
        }
        var codes: [YAMLText] = []
        let list = r.readEach(items) { item -> Department? in
            let f = r.fields(of: item.node, path: item.path, label: "mỗi cơ quan", keys: CampaignSchema.department)
            guard let f else { return nil }
            let code = r.located(f["code"], path: f.path("code"), label: "mã cơ quan (code)")
            let name = r.text(f["name"], path: f.path("name"), label: "tên cơ quan (name)")
            code.map { codes.append($0) }
            guard let code, let name else { return nil }
            return Department(code: code.text, name: name)
        }
        r.reportDuplicates(codes) { code, line in
            "mã cơ quan \"\(code)\" trùng với cơ quan ở dòng \(line.map(String.init) ?? "?") — "
                + "mỗi cơ quan cần một mã riêng (không phân biệt chữ hoa, chữ thường)."
        }
        let byCode = Dictionary(codes.map { ($0.text.lowercased(), $0.text) }) { first, _ in first }
        return DepartmentsRead(list: list, codes: byCode)
    }

    static func units(_ node: Node?, _ r: YAMLNodeReader) -> [CampaignUnit]? {
        let label = "danh sách đơn vị gửi câu hỏi (units)"
        guard let items = nonEmptyItems(node, "units", label, what: "một xã, phường hoặc Tỉnh đoàn", r) else {
            return nil
        }
        var codes: [YAMLText] = []
        var names: [YAMLText] = []
        let units = r.readEach(items) { item -> CampaignUnit? in
            guard let f = r.fields(of: item.node, path: item.path, label: "mỗi đơn vị", keys: CampaignSchema.unit)
            else { return nil }
            let code = r.located(f["code"], path: f.path("code"), label: "mã đơn vị (code)")
            let name = r.located(f["name"], path: f.path("name"), label: "tên đơn vị (name)")
            let kind = r.text(f["kind"], path: f.path("kind"), label: "loại đơn vị (kind)")
            code.map { codes.append($0) }
            name.map { names.append($0) }
            guard let code, let name, let kind else { return nil }
            return CampaignUnit(code: code.text, name: name.text, kind: kind)
        }
        r.reportDuplicates(codes) { code, line in
            "mã đơn vị \"\(code)\" trùng với đơn vị ở dòng \(line.map(String.init) ?? "?") — "
                + "mỗi đơn vị cần một mã riêng; kiểm tra lại mã hành chính."
        }
        // Questions name their unit, so two units of one name could not be told apart.
        r.reportDuplicates(names) { name, line in
            "tên đơn vị \"\(name)\" trùng với đơn vị ở dòng \(line.map(String.init) ?? "?") — "
                + "xóa đơn vị bị lặp, hoặc ghi rõ tên để phân biệt."
        }
        return units
    }

    /// A list that must hold at least one item; empty or null is a problem too.
    static func nonEmptyItems(_ node: Node?, _ path: String, _ label: String, what: String,
                              _ r: YAMLNodeReader) -> [(path: String, node: Node)]? {
        guard let node, let items = r.items(of: node, path: path, label: label) else { return nil }
        guard !items.isEmpty else {
            r.report("\(label) đang trống — thêm ít nhất \(what), mỗi mục bắt đầu bằng \"- \".",
                     at: node, path: path)
            return nil
        }
        return items
    }
}

// MARK: - Topics

extension CampaignLoader {
    static func topics(_ node: Node?, departmentCodes: [String: String]?, _ r: YAMLNodeReader) -> [Topic]? {
        let label = "danh sách nhóm vấn đề (topics)"
        guard let items = nonEmptyItems(node, "topics", label, what: "một nhóm vấn đề", r) else { return nil }
        var codes: [YAMLText] = []
        let topics = r.readEach(items) { item -> Topic? in
            guard let f = r.fields(of: item.node, path: item.path, label: "mỗi nhóm vấn đề", keys: CampaignSchema.topic)
            else { return nil }
            let code = r.located(f["code"], path: f.path("code"), label: "mã nhóm vấn đề (code)")
            code.map { codes.append($0) }
            return topic(f, code: code, departmentCodes: departmentCodes, r)
        }
        r.reportDuplicates(codes) { code, line in
            "mã nhóm vấn đề \"\(code)\" trùng với nhóm ở dòng \(line.map(String.init) ?? "?") — "
                + "mỗi nhóm cần một mã riêng; gộp hai nhóm hoặc đổi mã."
        }
        return topics
    }

    private static func topic(_ f: YAMLFields, code: YAMLText?, departmentCodes: [String: String]?,
                              _ r: YAMLNodeReader) -> Topic? {
        let name = r.text(f["name"], path: f.path("name"), label: "tên nhóm vấn đề (name)")
        let lead = r.located(f["lead"], path: f.path("lead"), label: "cơ quan chủ trì (lead)")
            .flatMap { department($0, role: "cơ quan chủ trì", in: departmentCodes, r) }
        // `co` and `keywords` are optional: absent means none (and wrong is already reported).
        let co = r.texts(f["co"], path: f.path("co"), label: "cơ quan phối hợp (co)",
                         itemLabel: "mã cơ quan phối hợp") ?? []
        let keywords = weightedKeywords(f["keywords"], path: f.path("keywords"), r)
        let negatives = r.texts(f["negative_keywords"], path: f.path("negative_keywords"),
                                label: "từ khóa loại trừ (negative_keywords)", itemLabel: "từ khóa loại trừ") ?? []
        let coCodes = coDepartments(co, lead: lead, in: departmentCodes, r)
        guard let code, let name, let lead else { return nil }
        return Topic(code: code.text, name: name, lead: lead, co: coCodes, keywords: keywords.map(\.phrase),
                     keywordWeights: Dictionary(keywords.compactMap { k in k.weight.map { (k.phrase, $0) } },
                                                uniquingKeysWith: { _, last in last }),
                     negativeKeywords: negatives.map(\.text))
    }

    /// Keywords: each a phrase ("- vay vốn"), or a phrase with its weight ("- vay vốn ưu đãi: 3").
    private static func weightedKeywords(_ node: Node?, path: String, _ r: YAMLNodeReader) -> [(phrase: String, weight: Double?)] {
        guard let items = r.items(of: node, path: path, label: "từ khóa (keywords)") else { return [] }
        return r.readEach(items) { item -> (phrase: String, weight: Double?)? in
            guard case .mapping(let mapping) = item.node else {
                return r.text(item.node, path: item.path, label: "từ khóa").map { ($0, nil) }
            }
            guard mapping.count == 1, let (key, value) = mapping.first else {
                r.report("mỗi từ khóa là một cụm từ, hoặc \"cụm từ: trọng số\" (ví dụ \"- xuất khẩu lao động: 3\") — "
                         + "tách các cụm từ thành từng dòng.", at: item.node, path: item.path)
                return nil
            }
            guard let phrase = r.text(key, path: item.path, label: "từ khóa"),
                  let weight = r.number(value, path: item.path, label: "trọng số của từ khóa \"\(key.string ?? "")\"",
                                        example: "2") else { return nil }
            guard weight > 0, weight <= 10 else {
                r.report("trọng số của từ khóa \"\(phrase)\" phải lớn hơn 0 và không quá 10, nhưng đang là \(weight) — "
                         + "sửa lại, ví dụ 2.", at: value, path: item.path)
                return nil
            }
            return (phrase, weight)
        }
    }

    /// Co-operating departments, each known, listed once and not the lead itself.
    private static func coDepartments(_ co: [YAMLText], lead: String?, in codes: [String: String]?,
                                      _ r: YAMLNodeReader) -> [String] {
        var seen: Set<String> = []
        return co.compactMap { item -> String? in
            guard let code = department(item, role: "cơ quan phối hợp", in: codes, r) else { return nil }
            if code == lead {
                r.report("\"\(code)\" đã là cơ quan chủ trì (lead) của nhóm này — xóa mã này khỏi co.",
                         at: item.node, path: item.path)
            } else if !seen.insert(code).inserted {
                r.report("cơ quan phối hợp \"\(code)\" được ghi hai lần — chỉ giữ lại một lần.",
                         at: item.node, path: item.path)
            }
            return code
        }
    }

    /// The department's code as written in `departments`, or nil (reported) when unknown.
    private static func department(_ reference: YAMLText, role: String, in codes: [String: String]?,
                                   _ r: YAMLNodeReader) -> String? {
        // An unreadable departments list is already reported; checking against it would only add noise.
        guard let codes else { return reference.text }
        if let code = codes[reference.text.lowercased()] { return code }
        var message = "\(role) \"\(reference.text)\" không có trong danh sách departments — "
            + "thêm cơ quan này vào departments hoặc sửa mã"
        if let suggestion = ConfigSuggestion.closest(to: reference.text, among: Array(codes.values).sorted()) {
            message += " (có phải ý bạn là \"\(suggestion)\"?)"
        }
        r.report(message + ".", at: reference.node, path: reference.path)
        return nil
    }
}
