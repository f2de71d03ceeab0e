/// The keys of `campaign.yml` (DESIGN.md §9), each with how to add it when it is missing.
///
/// Only these keys are accepted: a misspelt key must be an error, not a silently
/// ignored setting that leaves the default in force.
enum CampaignSchema {
    static let root: [YAMLKey] = [
        .required("province", "thêm dòng \"province: <tên tỉnh>\", ví dụ \"province: Cao Bằng\""),
        .required("year", "thêm dòng \"year: <năm>\", ví dụ \"year: 2025\""),
        .required("title", "thêm dòng \"title: <tên hội nghị đối thoại>\""),
        .required("theme", "thêm dòng \"theme: <chủ đề buổi đối thoại>\""),
        .required("code_prefix", "thêm dòng \"code_prefix: <tiền tố mã câu hỏi>\", ví dụ \"code_prefix: CB25\""),
        .required("deadlines", "thêm nhóm \"deadlines:\" với các khóa collect, forward, answer"),
        .required("dialogue", "thêm nhóm \"dialogue:\" với các khóa date, minutes, ask_minutes, answer_minutes"),
        .required("departments", "thêm danh sách \"departments:\" gồm các sở, ban, ngành (code, name)"),
        .required("units", "thêm danh sách \"units:\" gồm các xã, phường và Tỉnh đoàn (code, name, kind)"),
        .required("topics", "thêm danh sách \"topics:\" gồm các nhóm vấn đề (code, name, lead)"),
        .optional("dedup"),
        .optional("classification"),
        .optional("privacy"),
    ]

    static let deadlines: [YAMLKey] = [
        .required("collect", "thêm dòng \"collect: <hạn các đơn vị gửi câu hỏi>\", ví dụ \"collect: 2025-08-05\""),
        .required("forward", "thêm dòng \"forward: <hạn chuyển câu hỏi cho các sở>\", ví dụ \"forward: 2025-08-08\""),
        .required("answer", "thêm dòng \"answer: <hạn các sở trả lời>\", ví dụ \"answer: 2025-08-20\""),
    ]

    static let dialogue: [YAMLKey] = [
        .required("date", "thêm dòng \"date: <ngày đối thoại>\", ví dụ \"date: 2025-08-28\""),
        .required("minutes", "thêm dòng \"minutes: <số phút của buổi đối thoại>\", ví dụ \"minutes: 120\""),
        .required("ask_minutes", "thêm dòng \"ask_minutes: <số phút tối đa cho một câu hỏi>\", ví dụ \"ask_minutes: 2\""),
        .required("answer_minutes", "thêm dòng \"answer_minutes: <số phút tối đa cho một câu trả lời>\", ví dụ \"answer_minutes: 7\""),
    ]

    static let department: [YAMLKey] = [
        .required("code", "thêm dòng \"code: <mã cơ quan>\", ví dụ \"code: SNV\""),
        .required("name", "thêm dòng \"name: <tên cơ quan>\", ví dụ \"name: Sở Nội vụ\""),
    ]

    static let unit: [YAMLKey] = [
        .required("code", "thêm dòng \"code: <mã đơn vị>\", ví dụ mã hành chính \"code: '01273'\""),
        .required("name", "thêm dòng \"name: <tên đơn vị>\", ví dụ \"name: Xã Đàm Thủy\""),
        .required("kind", "thêm dòng \"kind: <loại đơn vị>\": xã, phường, đặc khu, Tỉnh đoàn…"),
    ]

    static let topic: [YAMLKey] = [
        .required("code", "thêm dòng \"code: <mã nhóm vấn đề>\", ví dụ \"code: viec-lam\""),
        .required("name", "thêm dòng \"name: <tên nhóm vấn đề>\""),
        .required("lead", "thêm dòng \"lead: <mã cơ quan chủ trì>\", mã lấy từ danh sách departments"),
        .optional("co"),
        .optional("keywords"),
        .optional("negative_keywords"),
    ]

    static let dedup: [YAMLKey] = [.optional("threshold")]
    static let classification: [YAMLKey] = [.optional("min_confidence")]
    static let privacy: [YAMLKey] = [.optional("consolidated")]
}
