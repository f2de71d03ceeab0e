/// Where the harness finds its programs and puts its files; the defaults are the package's
/// own layout, run from its root.
public struct BenchSettings: Sendable {
    /// Question rows of each campaign, smallest first.
    public var sizes: [Int]
    /// Also run each campaign a second time on the registry the first run left (the next night).
    public var rerun = true
    /// Where `doithoai`, `synthesize-campaign` and `xlsx-floor` were built.
    public var binaries = ".build/release"
    /// The input folder whose campaign.yml the synthetic campaigns copy.
    public var campaignSource = "input"
    /// Synthetic campaigns, kept between benchmarks (`make synthetic` writes there too).
    public var campaigns = ".build-synth"
    /// Outputs, registries, logs and last.md; removed before each size's first night.
    public var work = ".build-bench"
    /// `--today` of every run: the same statuses whatever the real date.
    public var today = "2025-09-01"
    /// GNU time, from the Debian package `time`.
    public var timeProgram = "/usr/bin/time"

    public init(sizes: [Int]) {
        self.sizes = sizes
    }

    var doithoai: String { binaries + "/doithoai" }
    var generator: String { binaries + "/synthesize-campaign" }
    var floorProgram: String { binaries + "/xlsx-floor" }
    func output(size: Int) -> String { "\(work)/output-\(size)" }
    /// `logs/5000-first.stderr`, `logs/startup.time`…
    func log(_ name: String, _ kind: String) -> String { "\(work)/logs/\(name).\(kind)" }
    func log(size: Int, night: Night, _ kind: String) -> String { log("\(size)-\(night.rawValue)", kind) }
}
