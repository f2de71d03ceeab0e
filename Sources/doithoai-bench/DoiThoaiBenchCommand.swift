import ArgumentParser
import DoiThoaiBench
import Foundation

/// `doithoai-bench`: the end-to-end scaling benchmark of issue #9 (`make bench`).
@main
struct DoiThoaiBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doithoai-bench",
        abstract: "Run doithoai on synthetic campaigns of several sizes and print wall time, peak memory and stage seconds.",
        discussion: """
            For each size: generate the campaign into .build-synth/input-N unless a complete one is \
            there, run doithoai on it with an empty registry (first night) and again on the same input \
            (rerun), each under /usr/bin/time -v; then time libxlsxwriter alone on the largest size's \
            questions.csv (xlsx-floor). Prints a markdown table, also written to .build-bench/last.md. \
            A report, not a test: exit 0 when a target is missed, 1 when a run fails.
            """)

    @Option(help: "Question rows of each campaign, separated by spaces or commas (5000, 100k, 1M).")
    var sizes = "5000 10000 100000 1000000"

    @Flag(inversion: .prefixedNo, help: "Also run each campaign a second time on the registry the first run left.")
    var rerun = true

    @Option(help: "Where doithoai, synthesize-campaign and xlsx-floor were built.")
    var binaries = ".build/release"

    @Option(help: "The input folder whose campaign.yml the synthetic campaigns copy.")
    var from = "input"

    func run() throws {
        var settings = BenchSettings(sizes: try parsedSizes())
        settings.rerun = rerun
        settings.binaries = binaries
        settings.campaignSource = from
        let report = try BenchRunner(settings: settings, log: Self.progress).run()
        let markdown = report.markdown
        print(markdown, terminator: "")
        try markdown.write(toFile: settings.work + "/last.md", atomically: true, encoding: .utf8)
        if report.runs.contains(where: { !$0.time.succeeded }) { throw ExitCode.failure }
    }

    func parsedSizes() throws -> [Int] {
        do {
            return try SizeLabel.parseList(sizes)
        } catch {
            throw ValidationError("--sizes: \(error)")
        }
    }

    static func progress(_ line: String) {
        FileHandle.standardError.write(Data(("bench: " + line + "\n").utf8))
    }
}
