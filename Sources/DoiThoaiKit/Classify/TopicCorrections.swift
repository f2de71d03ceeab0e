/// Topics set by staff in `input/corrections/` ("nhóm vấn đề"): question code → topic code.
enum TopicCorrections {
    /// The topic corrections naming a known question and a topic of the campaign (code or
    /// name); the others are rejected with a reason. A later row for a question wins.
    static func of(_ corrections: [Correction], knownCodes: Set<String>, topics: [Topic],
                   rejections: inout [Rejection]) -> [String: String] {
        let topicByKey = topics.codesByFoldedCodeAndName
        var result: [String: String] = [:]
        for correction in corrections where correction.kind == .topic {
            let place = correction.place
            guard knownCodes.contains(correction.code) else {
                rejections.append(Rejection(file: place.file, row: place.row, reason: "Dòng \(place.row): mã \"\(correction.code)\" "
                                            + "không có trong danh sách câu hỏi — kiểm tra lại mã."))
                continue
            }
            guard let topic = topicByKey[VietnameseText.fold(correction.other)] else {
                rejections.append(Rejection(file: place.file, row: place.row, reason: "Dòng \(place.row): nhóm vấn đề "
                                            + "\"\(correction.other)\" không có trong campaign.yml — ghi một mã: "
                                            + topics.map(\.code).joined(separator: ", ") + "."))
                continue
            }
            result[correction.code] = topic
        }
        return result
    }
}

extension Array where Element == Topic {
    /// Each topic's code, found by its code or its name as staff may write either (folded:
    /// "Viec lam", "việc làm" and "viec-lam" alike).
    var codesByFoldedCodeAndName: [String: String] {
        Dictionary(flatMap { [(VietnameseText.fold($0.code), $0.code), (VietnameseText.fold($0.name), $0.code)] },
                   uniquingKeysWith: { first, _ in first })
    }
}
