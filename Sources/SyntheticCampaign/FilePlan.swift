/// Which question files a synthetic campaign has, and how many rows each holds, in the
/// order the pipeline reads them (file names in byte order), which is the order codes are
/// handed out in.
struct FilePlan: Sendable {
    struct File: Sendable {
        let name: String
        /// Index into `CampaignFacts.units`.
        let unit: Int
        let layout: FileLayout
        var rows: Int
    }

    /// Rows a file holds on average by default; with the ±40% spread no file passes ~17k.
    static let averageRows = 12_000
    /// Files the Youth Union sends by default (its form is exported a few times).
    static let youthUnionFiles = 3

    let files: [File]

    /// `rows` rows over `fileCount` files (by default one per commune or ward and three for
    /// the Youth Union, more when the rows need them), sizes spread at random.
    init(rows: Int, fileCount: Int?, facts: CampaignFacts, random: inout SeededGenerator) {
        let slots = Self.slots(facts: facts, count: fileCount, rows: rows, random: &random)
        var files = Self.name(slots, facts: facts)
        files.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        Self.share(rows, over: &files, random: &random)
        self.files = files.filter { $0.rows > 0 }
    }

    /// The unit of each file: every unit once (the Youth Union a few times), then extra files
    /// for communes in a shuffled order, or only some units when fewer files are asked for.
    static func slots(facts: CampaignFacts, count: Int?, rows: Int, random: inout SeededGenerator) -> [Int] {
        let youthUnion = facts.units.indices.filter { facts.units[$0].role == .youthUnion }
        var base = facts.localities + youthUnion.flatMap { Array(repeating: $0, count: youthUnionFiles) }
        if base.isEmpty { base = Array(facts.units.indices) }
        let wanted = count ?? max(base.count, (rows + averageRows - 1) / averageRows)
        if wanted <= base.count { return Array(base.shuffled(using: &random).prefix(wanted)) }
        let extraUnits = facts.localities.isEmpty ? base : facts.localities
        var slots = base
        var order = extraUnits.shuffled(using: &random)
        while slots.count < wanted {
            if order.isEmpty { order = extraUnits.shuffled(using: &random) }
            slots.append(order.removeLast())
        }
        return slots
    }

    /// File names: `xa-bao-lac.csv`, or `xa-bao-lac-lan-1.csv`, `-lan-2` … when a unit sends
    /// several; the Youth Union's are `tinh-doan-cao-bang-bieu-mau-1.csv` …. A unit whose name
    /// folds like another's adds its code (`xa-van-lang-05629.csv`): it names itself in a unit
    /// column, and two units must not write one file.
    static func name(_ slots: [Int], facts: CampaignFacts) -> [File] {
        let perUnit = Dictionary(grouping: slots, by: { $0 }).mapValues(\.count)
        var seen: [Int: Int] = [:]
        return slots.map { unit in
            seen[unit, default: 0] += 1
            let sender = facts.units[unit]
            let layout: FileLayout = sender.role == .youthUnion ? .youthUnionForm
                : sender.fileNameSuffices ? .commune : .communeWithUnitColumn
            let several = perUnit[unit]! > 1 || sender.role == .youthUnion
            let suffix = !several ? "" : sender.role == .youthUnion ? "-bieu-mau-\(seen[unit]!)" : "-lan-\(seen[unit]!)"
            let stem = sender.fileNameSuffices ? sender.slug : sender.slug + "-" + VietnameseSpelling.ascii(sender.unit.code, separator: "-")
            return File(name: stem + suffix + ".csv", unit: unit, layout: layout, rows: 0)
        }
    }

    /// Shares `rows` over the files in proportion to random weights in 0.6…1.4, exactly.
    static func share(_ rows: Int, over files: inout [File], random: inout SeededGenerator) {
        guard !files.isEmpty else { return }
        let weights = files.map { _ in 0.6 + 0.8 * random.fraction() }
        let total = weights.reduce(0, +)
        for index in files.indices { files[index].rows = Int(Double(rows) * weights[index] / total) }
        var left = rows - files.reduce(0) { $0 + $1.rows }
        var index = 0
        while left > 0 {
            files[index % files.count].rows += 1
            left -= 1
            index += 1
        }
    }
}
