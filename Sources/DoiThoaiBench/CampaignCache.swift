import Foundation

/// Synthetic campaigns kept between benchmarks in `.build-synth/input-N`, reused only when
/// their stamp says they are complete and were made the way they would be made now.
///
/// The stamp is written after the generator has finished, so a campaign whose generation was
/// interrupted, or made by an older generator or from another campaign.yml, is made again.
struct CampaignCache {
    let folder: String
    let generator: String
    /// The input folder whose campaign.yml the campaigns copy.
    let source: String
    /// The generator's sources, part of the stamp: a changed generator writes other bytes.
    var generatorSources = ["Sources/SyntheticCampaign", "Sources/synthesize-campaign"]

    func campaign(size: Int) -> String { "\(folder)/input-\(size)" }
    func stampPath(size: Int) -> String { "\(folder)/input-\(size).stamp" }

    /// The campaign's folder, generated first unless a complete, matching one is there.
    func ensure(size: Int, log: (String) -> Void) throws -> String {
        let expected = try stamp(size: size)
        let path = campaign(size: size)
        let existing = try? String(contentsOfFile: stampPath(size: size), encoding: .utf8)
        if existing == expected, FileManager.default.fileExists(atPath: path + "/campaign.yml") {
            log("campaign \(SizeLabel.of(size)): reusing \(path)")
            return path
        }
        log("campaign \(SizeLabel.of(size)): generating \(path)")
        try? FileManager.default.removeItem(atPath: stampPath(size: size))
        let arguments = ["--questions", "\(size)", "--from", source, "--output", path]
        let (status, text) = try Subprocess.output(generator, arguments)
        guard status == 0 else { throw BenchError.commandFailed(command: generator, status: status, output: text) }
        try expected.write(toFile: stampPath(size: size), atomically: true, encoding: .utf8)
        return path
    }

    /// What the campaign was made from: the command, and a fingerprint of campaign.yml and
    /// of the generator's sources (absent outside a source tree; then the command alone).
    func stamp(size: Int) throws -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(try Data(contentsOf: URL(fileURLWithPath: source + "/campaign.yml")))
        for file in swiftFiles() {
            fingerprint.add(Data(file.utf8))
            fingerprint.add((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data())
        }
        return "synthesize-campaign --questions \(size) --from \(source)\nfingerprint \(fingerprint.hex)\n"
    }

    private func swiftFiles() -> [String] {
        generatorSources.flatMap { root -> [String] in
            let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
            return files.filter { $0.hasSuffix(".swift") }.map { root + "/" + $0 }
        }.sorted()
    }
}

/// FNV-1a, 64 bits: enough to notice that inputs changed; not a defence against anyone.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ data: Data) {
        for byte in data {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    var hex: String { String(value, radix: 16) }
}
