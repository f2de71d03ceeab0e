// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "doithoai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "doithoai", targets: ["doithoai"]),
        .library(name: "DoiThoaiKit", targets: ["DoiThoaiKit"]),
        .executable(name: "synthesize-campaign", targets: ["synthesize-campaign"]),
        .executable(name: "doithoai-bench", targets: ["doithoai-bench"]),
        .executable(name: "xlsx-floor", targets: ["xlsx-floor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libxlsxwriter from Debian (libxlsxwriter-dev); only DoiThoaiKit's XLSX/ touches it, and
        // xlsx-floor, the benchmark's measure of libxlsxwriter alone.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev", "zlib1g-dev"])]
        ),
        // A deflate level for libxlsxwriter's zip files, which the library offers no option for
        // (see its ZipLevel.c); XLSXWorkbook.Options.deflateLevel sets it.
        .target(name: "CZipLevel"),
        // libxlsxwriter 1.1.4's control-character test, fixed (see ControlCharacters.c).
        .target(name: "CControlCharacters"),
        // libxlsxwriter's temporary files held in memory up to a budget (see TemporaryFiles.c).
        .target(name: "CTemporaryFiles"),
        // A prefetch hint for the grouper (see Group/Array+Prefetch.swift).
        .target(name: "CPrefetch"),
        // The whole pipeline. Never imports ArgumentParser.
        .target(
            name: "DoiThoaiKit",
            dependencies: [
                "CXLSXWriter",
                "CZipLevel",
                "CControlCharacters",
                "CTemporaryFiles",
                "CPrefetch",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the registry's bulk writes (Registry/BulkStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The thin command line over DoiThoaiKit.
        .executableTarget(
            name: "doithoai",
            dependencies: [
                "DoiThoaiKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Synthetic campaigns for benchmarks; reads campaign.yml through DoiThoaiKit, nothing more.
        .target(
            name: "SyntheticCampaign",
            dependencies: ["DoiThoaiKit"]
        ),
        // The thin command line over SyntheticCampaign.
        .executableTarget(
            name: "synthesize-campaign",
            dependencies: [
                "SyntheticCampaign",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The end-to-end scaling benchmark (make bench, issue #9): runs the built binaries
        // under /usr/bin/time -v and renders the table; never imports the pipeline.
        .target(name: "DoiThoaiBench"),
        // The thin command line over DoiThoaiBench.
        .executableTarget(
            name: "doithoai-bench",
            dependencies: [
                "DoiThoaiBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The floor of make bench: libxlsxwriter alone writing a questions.csv in constant memory.
        // DoiThoaiKit only for its CSV reader.
        .executableTarget(
            name: "xlsx-floor",
            dependencies: [
                "CXLSXWriter",
                "DoiThoaiKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DoiThoaiKitTests",
            dependencies: ["DoiThoaiKit"],
            // Golden copies of the workbooks' XML parts, read by path in WorkbookGoldenTests.
            exclude: ["Report/Golden"]
        ),
        .testTarget(
            name: "DoiThoaiBenchTests",
            dependencies: ["DoiThoaiBench"]
        ),
        .testTarget(
            name: "SyntheticCampaignTests",
            dependencies: ["SyntheticCampaign", "DoiThoaiKit"]
        ),
        // Runs the built `doithoai` binary in temporary folders.
        .testTarget(
            name: "EndToEndTests",
            // GRDB only to look into the registry a run left behind (integrity, rows).
            dependencies: ["doithoai", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
