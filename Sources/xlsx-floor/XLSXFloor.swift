import ArgumentParser
import Foundation

/// `xlsx-floor`: how long libxlsxwriter alone takes to write a run's questions.csv as one
/// worksheet in constant-memory mode — the floor under the run's "write" stage (issue #9).
@main
struct XLSXFloor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx-floor",
        abstract: "Time libxlsxwriter writing every row of a CSV file into one worksheet, in constant-memory mode.",
        discussion: """
            All rows are read into memory first, untimed. The clock covers only creating the \
            workbook, writing every cell as a string, and workbook_close (which assembles the \
            zip). Prints rows, columns, seconds and the output's size, one "key: value" a line.
            """)

    @Argument(help: "The CSV file to write, e.g. the questions.csv a run wrote.")
    var csv: String

    @Option(help: "The workbook to write (replaced); its folder also holds libxlsxwriter's temporary files.")
    var output = ".build-bench/xlsx-floor.xlsx"

    func run() throws {
        let table = try CellTable(csvAt: csv)
        let folder = (output as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: output)
        let seconds = try Self.timeWriting(table, to: output, temporaryFolder: folder.isEmpty ? "." : folder)
        let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? NSNumber)?.intValue ?? 0
        print("rows: \(table.rows)")
        print("columns: \(table.columns)")
        print("seconds: \(String(format: "%.3f", seconds))")
        print("bytes: \(size)")
        print("output: \(output)")
    }

    /// The measured part: nothing but libxlsxwriter calls between the two clock readings.
    static func timeWriting(_ table: CellTable, to path: String, temporaryFolder: String) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let sheet = try ConstantMemorySheet(path: path, temporaryFolder: temporaryFolder)
        try table.forEachCell { row, column, text in try sheet.write(text, row: row, column: column) }
        try sheet.close()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
