/// How a question opens: a request ("Đề nghị tỉnh …") or a question ("Cho em hỏi tỉnh có kế
/// hoạch … không?"). Most openings are boilerplate the grouping stage strips, so a copy
/// with another opening still groups with the original.
struct Opening: Sendable {
    /// The words, written to open a sentence: "Đề nghị tỉnh", "Cho em hỏi".
    let start: Phrase
    /// True for "Cho em hỏi" and the like: the request becomes "tỉnh có kế hoạch … không?".
    let asksQuestion: Bool

    init(_ text: String, asksQuestion: Bool = false) {
        start = Phrase(text)
        self.asksQuestion = asksQuestion
    }
}

/// The fixed words around the pieces of a question.
enum QuestionPhrases {
    static let openings: [Opening] = [
        Opening("Đề nghị tỉnh"), Opening("Đề nghị UBND tỉnh"), Opening("Kiến nghị tỉnh"),
        Opening("Kính đề nghị tỉnh"), Opening("Thanh niên mong muốn tỉnh"), Opening("Em xin đề nghị tỉnh"),
        Opening("Đề xuất tỉnh"), Opening("Kính mong tỉnh"),
        Opening("Cho em hỏi", asksQuestion: true), Opening("Em xin hỏi", asksQuestion: true),
        Opening("Tôi muốn hỏi", asksQuestion: true), Opening("Cho tôi hỏi", asksQuestion: true),
        Opening("Xin cho biết", asksQuestion: true), Opening("Em muốn hỏi", asksQuestion: true),
    ]

    /// What a question opening is followed by before the action, and what closes the question.
    static let questionFrame = Phrase(" tỉnh có kế hoạch ")
    static let questionEnd = Phrase(" không?")

    /// Closings, often left out; all are boilerplate the grouping stage strips.
    static let closings: [Phrase] = ["", "", "", " Em xin cảm ơn.", " Xin chân thành cảm ơn.", " Trân trọng cảm ơn."]
        .map(Phrase.init)

    /// Situations any concern may come from.
    static let situations: [NumberedPhrase] = [
        ("Ý kiến này xóm đã kiến nghị {n} lần nhưng chưa được giải quyết", 2...9),
        ("Từ năm {n} đến nay tình trạng này vẫn chưa được khắc phục", 2015...2024),
        ("Tại buổi sinh hoạt chi đoàn có {n} đoàn viên cùng nêu ý kiến này", 8...60),
        ("Qua khảo sát của Đoàn xã, có {n} thanh niên quan tâm đến vấn đề này", 20...400),
        ("Trong {n} tháng qua người dân đã nhiều lần phản ánh", 3...24),
        ("Ở xóm có {n} hộ gia đình bị ảnh hưởng trực tiếp", 10...150),
        ("Hội nghị thôn vừa qua có {n} hộ đề nghị đưa vào ý kiến gửi tỉnh", 15...120),
        ("Năm {n} xã đã có kế hoạch nhưng chưa triển khai", 2019...2024),
    ].map { NumberedPhrase($0.0, $0.1) }

    /// Consequences any concern may have.
    static let consequences: [Phrase] = [
        ", người dân rất mong được quan tâm", ", thanh niên rất bức xúc", ", ảnh hưởng nhiều đến đời sống của bà con",
        ", nhiều gia đình gặp khó khăn", ", thanh niên chưa yên tâm lập nghiệp ở quê", ", mong sớm được giải quyết",
        ", mong các cấp, các ngành vào cuộc", ", cuộc sống của thanh niên còn nhiều vất vả",
        ", người dân đã nhiều lần kiến nghị với xã", ", các bạn trẻ ngày càng bỏ quê đi xa",
        ", mong tỉnh có giải pháp lâu dài", ", bà con rất trông chờ", ", tình hình ngày càng khó khăn hơn",
        ", chính quyền xã chưa đủ nguồn lực để giải quyết", ", đời sống vật chất và tinh thần còn thiếu thốn",
        ", thanh niên mong được lắng nghe", ", ai cũng mong tỉnh sớm có ý kiến", ", mọi người đều rất lo lắng",
    ].map(Phrase.init)

    /// A specific fact with a number from a wide range ("Kinh phí ước tính khoảng 1250 triệu
    /// đồng"), as real questions carry one: the rare words that tell one question from another
    /// and by which the grouping stage finds a question's copies among a million.
    static let details: [NumberedPhrase] = [
        ("Kinh phí ước tính khoảng {n} triệu đồng", 120...4800),
        ("Khu vực này có khoảng {n} nhân khẩu", 160...3900),
        ("Nơi này cách trung tâm khoảng {n} mét", 900...9800),
        ("Đã có {n} người dân ký tên vào đơn kiến nghị", 120...1900),
        ("Hồ sơ đã nộp tại bộ phận một cửa với số biên nhận {n}", 1000...9999),
        ("Năm ngoái bà con đã đóng góp {n} ngày công cho việc này", 150...2500),
        ("Nhóm thanh niên đã khảo sát {n} hộ trong khu vực", 200...2400),
        ("Mỗi năm thiệt hại khoảng {n} triệu đồng", 110...2900),
    ].map { NumberedPhrase($0.0, $0.1) }

    static let hamlet = Phrase("ở xóm ")
    static let residentialGroup = Phrase("ở tổ dân phố ")
}
