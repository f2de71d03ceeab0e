import Foundation

/// `doithoai merge FILE.json… --output FILE.xlsx` (DESIGN.md §5, §9): reads the provinces'
/// statistics, refuses anything it cannot trust, and writes the national workbook atomically.
public enum NationalMerge {
    /// Merges `files` into the workbook at `output`. Every problem with the files or the
    /// output path is found before anything is written, and thrown together as a
    /// `MergeRefusal`; then nothing is written. `creationTime` is stored in the workbook and
    /// dates its title block: the command passes now, tests a fixed time for byte-stable output.
    @discardableResult
    public static func run(files: [String], output: String, creationTime: Date) throws -> NationalStatistics {
        let (read, readProblems) = StatisticsMerge.read(files)
        let problems = outputProblems(output) + readProblems + StatisticsMerge.duplicates(read)
        guard problems.isEmpty else { throw MergeRefusal(problems) }
        let national = try StatisticsMerge.merge(read)
        try write(national, to: output, creationTime: creationTime)
        return national
    }

    /// A workbook must be named `.xlsx` (Excel refuses to open it otherwise), in a folder that
    /// exists: a mistyped folder is more likely than a wish to create one.
    static func outputProblems(_ output: String) -> [MergeProblem] {
        let url = URL(fileURLWithPath: output)
        var problems: [MergeProblem] = []
        if url.pathExtension.lowercased() != "xlsx" || url.deletingPathExtension().lastPathComponent.isEmpty {
            problems.append(.outputNotXLSX(path: output))
        }
        let folder = url.deletingLastPathComponent()
        if !XLSXWorkbook.isDirectory(folder.path) {
            problems.append(.outputFolderMissing(path: output, folder: (output as NSString).deletingLastPathComponent))
        }
        return problems
    }

    /// Writes into a staging folder beside the target and renames it into place, the way a
    /// run writes its outputs (`Staging`): an interrupted merge leaves the previous workbook whole.
    /// `Staging` also clears leftovers of killed writers (`.staging-*`, `.old-*`) in that folder,
    /// which is why the national workbook should not be written into a province's output folder.
    static func write(_ national: NationalStatistics, to output: String, creationTime: Date) throws {
        let target = URL(fileURLWithPath: output)
        do {
            let staging = try Staging(output: target.deletingLastPathComponent())
            let staged = try staging.path(target.lastPathComponent).path
            let workbook = try XLSXWorkbook(path: staged, options: WorkbookStyle.options(creationTime, title: target.lastPathComponent))
            try NationalWorkbook(national: national, today: Day(date: creationTime)).write(to: workbook)
            try workbook.close()
            try staging.commit()
        } catch let error as RunError {
            throw error
        } catch {
            throw MergeRefusal([.output(path: output, reason: "\(error)")])
        }
    }

    /// What the command prints when the workbook is written.
    public static func summary(_ national: NationalStatistics, output: String) -> String {
        let years = national.years.map(String.init).joined(separator: ", ")
        let provinces = national.provinces.map { "\($0.name) \($0.year): \($0.questions)" }
        return (["doithoai merge — \(national.provinces.count) tệp, năm \(years)"] + provinces
            + ["Cả nước: \(national.questions) ý kiến, kiến nghị", "Kết quả: \(output)"]).joined(separator: "\n")
    }
}
