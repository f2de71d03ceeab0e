/// The outcome of grouping as plain arrays over the documents (questions in code order),
/// kept apart from the match space so that its memory is freed before the groups are
/// spelled out.
struct GroupPlacement {
    /// Members of each group by its anchor's index, in code order; empty for non-anchors.
    let members: PackedRows
    /// By anchor index: the member shown for the group.
    let representative: [Int32]
    /// By document: its similarity to its group's representative.
    let similarity: [Double]

    /// The groups in order of their anchors, each with its members and units.
    func groups(of questions: [Question]) -> [QuestionGroup] {
        (0..<members.count).filter { !members.range($0).isEmpty }.map { anchor in
            let indices = members.row(anchor).map { Int($0) }
            return QuestionGroup(
                code: questions[indices[0]].code, representative: questions[Int(representative[anchor])].code,
                members: indices.map { questions[$0].code },
                units: indices.map { questions[$0].unitName }.uniqued(),
                similarities: indices.map { similarity[$0] })
        }
    }
}
