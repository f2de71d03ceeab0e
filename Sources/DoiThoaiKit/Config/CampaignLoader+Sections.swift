import Foundation
import Yams

// The mappings of campaign.yml: deadlines, dialogue and the optional settings.
extension CampaignLoader {
    static func deadlines(_ node: Node?, _ r: YAMLNodeReader) -> Deadlines? {
        let keys = CampaignSchema.deadlines
        guard let f = r.fields(of: node, path: "deadlines", label: "các hạn (deadlines)", keys: keys) else {
            return nil
        }
        let collect = deadline(f, "collect", "hạn thu thập câu hỏi (collect)", r)
        let forward = deadline(f, "forward", "hạn chuyển câu hỏi (forward)", r)
        let answer = deadline(f, "answer", "hạn trả lời (answer)", r)
        checkOrder([collect, forward, answer].compactMap { $0 }, r)
        guard let collect, let forward, let answer else { return nil }
        return Deadlines(collect: collect.day, forward: forward.day, answer: answer.day)
    }

    private typealias Deadline = (day: Day, label: String, node: Node, path: String)

    private static func deadline(_ f: YAMLFields, _ key: String, _ label: String, _ r: YAMLNodeReader) -> Deadline? {
        guard let node = f[key], let day = r.day(node, path: f.path(key), label: label) else { return nil }
        return (day, label, node, f.path(key))
    }

    /// The work flows collect → forward → answer, so no deadline may precede the one before it.
    private static func checkOrder(_ deadlines: [Deadline], _ r: YAMLNodeReader) {
        for (earlier, later) in zip(deadlines, deadlines.dropFirst()) where later.day < earlier.day {
            r.report("\(later.label) \(later.day) sớm hơn \(earlier.label) \(earlier.day) — "
                     + "các hạn phải theo thứ tự collect ≤ forward ≤ answer; sửa lại ngày.",
                     at: later.node, path: later.path)
        }
    }

    static func dialogue(_ node: Node?, _ r: YAMLNodeReader) -> Dialogue? {
        let keys = CampaignSchema.dialogue
        guard let f = r.fields(of: node, path: "dialogue", label: "buổi đối thoại (dialogue)", keys: keys) else {
            return nil
        }
        let date = r.day(f["date"], path: f.path("date"), label: "ngày đối thoại (date)")
        let minutes = positiveMinutes(f, "minutes", "thời lượng buổi đối thoại (minutes)", example: "120", r)
        let ask = positiveMinutes(f, "ask_minutes", "số phút cho một câu hỏi (ask_minutes)", example: "2", r)
        let answer = positiveMinutes(f, "answer_minutes", "số phút cho một câu trả lời (answer_minutes)", example: "7", r)
        guard let date, let minutes, let ask, let answer else { return nil }
        // Otherwise not a single question fits into the dialogue's shortlist.
        guard ask + answer <= minutes else {
            r.report("một câu hỏi và câu trả lời (\(ask) + \(answer) phút) dài hơn cả buổi đối thoại "
                     + "(\(minutes) phút) — kiểm tra lại minutes, ask_minutes và answer_minutes.",
                     at: f["minutes"], path: f.path("minutes"))
            return nil
        }
        return Dialogue(date: date, minutes: minutes, askMinutes: ask, answerMinutes: answer)
    }

    private static func positiveMinutes(_ f: YAMLFields, _ key: String, _ label: String, example: String,
                                _ r: YAMLNodeReader) -> Int? {
        r.integer(f[key], path: f.path(key), label: label, in: 1...Int.max, example: example)
    }
}

// MARK: - Optional settings

// Each is optional as a whole and key by key: what is absent keeps its default. A wrong
// section also returns its default: the problem is recorded, and any problem fails the load.
extension CampaignLoader {
    static func dedup(_ node: Node?, _ r: YAMLNodeReader) -> DedupOptions? {
        guard let f = optionalFields(node, "dedup", "gộp câu hỏi trùng (dedup)", CampaignSchema.dedup, r) else {
            return DedupOptions()
        }
        guard let value = f["threshold"] else { return DedupOptions() }
        let label = "ngưỡng giống nhau (dedup.threshold)"
        guard let threshold = r.number(value, path: f.path("threshold"), label: label, example: "0.6") else {
            return nil
        }
        guard threshold > 0, threshold <= 1 else {
            r.report("\(label) phải lớn hơn 0 và không quá 1, nhưng đang là \(threshold) — "
                     + "thường dùng 0.6; số càng lớn thì chỉ gộp các câu càng giống nhau.",
                     at: value, path: f.path("threshold"))
            return nil
        }
        return DedupOptions(threshold: threshold)
    }

    static func classification(_ node: Node?, _ r: YAMLNodeReader) -> ClassificationOptions? {
        let keys = CampaignSchema.classification
        guard let f = optionalFields(node, "classification", "phân loại (classification)", keys, r) else {
            return ClassificationOptions()
        }
        guard let value = f["min_confidence"] else { return ClassificationOptions() }
        let label = "độ tin cậy tối thiểu (classification.min_confidence)"
        guard let confidence = r.number(value, path: f.path("min_confidence"), label: label, example: "0.5") else {
            return nil
        }
        guard (0...1).contains(confidence) else {
            r.report("\(label) phải từ 0 đến 1, nhưng đang là \(confidence) — thường dùng 0.5; "
                     + "câu hỏi có độ tin cậy thấp hơn sẽ vào danh sách cần xem xét.",
                     at: value, path: f.path("min_confidence"))
            return nil
        }
        return ClassificationOptions(minConfidence: confidence)
    }

    static func privacy(_ node: Node?, _ r: YAMLNodeReader) -> PrivacyOptions? {
        guard let f = optionalFields(node, "privacy", "dữ liệu cá nhân (privacy)", CampaignSchema.privacy, r) else {
            return PrivacyOptions()
        }
        guard let value = f["consolidated"] else { return PrivacyOptions() }
        let label = "thông tin cá nhân trong bảng tổng hợp (privacy.consolidated)"
        let itemLabel = "tên thông tin cá nhân"
        guard let names = r.texts(value, path: f.path("consolidated"), label: label, itemLabel: itemLabel) else {
            return nil
        }
        return PrivacyOptions(consolidated: Set(names.compactMap { personalField($0, r) }))
    }

    private static func personalField(_ name: YAMLText, _ r: YAMLNodeReader) -> PersonalField? {
        if let field = PersonalField(rawValue: name.text.lowercased()) { return field }
        let known = PersonalField.allCases.map(\.rawValue)
        var message = "\"\(name.text)\" không phải là thông tin cá nhân được hỗ trợ"
        if let suggestion = ConfigSuggestion.closest(to: name.text, among: known) {
            message += " — có phải ý bạn là \"\(suggestion)\"?"
        } else {
            message += " — chỉ dùng: \(known.joined(separator: ", "))."
        }
        r.report(message, at: name.node, path: name.path)
        return nil
    }

    /// Fields of an optional mapping; nil when absent, null (`dedup:` alone) or not a mapping.
    private static func optionalFields(_ node: Node?, _ path: String, _ label: String, _ keys: [YAMLKey],
                                       _ r: YAMLNodeReader) -> YAMLFields? {
        guard let node, !r.isNull(node) else { return nil }
        return r.fields(of: node, path: path, label: label, keys: keys)
    }
}
