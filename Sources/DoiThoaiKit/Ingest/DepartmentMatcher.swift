/// Finds a configured department by the code or the name a clerk wrote, forgiving case and
/// diacritics: shared by the answer and follow-up files.
struct DepartmentMatcher: Sendable {
    let departments: [Department]

    /// `advice` ends the message when nothing matches: what to write instead.
    func match(_ written: String?, code: String, advice: String = "dùng mã hoặc tên cơ quan như trong danh sách.")
        -> Result<Department, RowProblem> {
        guard let written else {
            return .failure(RowProblem(reason: "dòng của mã \(code) thiếu cơ quan — điền mã hoặc tên cơ quan."))
        }
        let key = VietnameseText.fold(written)
        if let found = departments.first(where: { VietnameseText.fold($0.code) == key || VietnameseText.fold($0.name) == key }) {
            return .success(found)
        }
        return .failure(RowProblem(reason: "cơ quan \"\(written)\" không có trong danh sách departments của campaign.yml — \(advice)"))
    }
}
