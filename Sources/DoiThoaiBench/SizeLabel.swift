/// Sizes as the issue writes them: 5k, 100k, 1M; others in full.
public enum SizeLabel {
    public static func of(_ size: Int) -> String {
        if size >= 1_000_000, size % 1_000_000 == 0 { return "\(size / 1_000_000)M" }
        if size >= 1_000, size % 1_000 == 0 { return "\(size / 1_000)k" }
        return "\(size)"
    }

    /// Parses BENCH_SIZES: numbers separated by spaces or commas, "k" and "M" allowed.
    public static func parseList(_ text: String) throws -> [Int] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        let sizes = try words.map { word -> Int in
            guard let size = parse(String(word)), size > 0 else {
                throw BenchError.malformed(what: "sizes", detail: "\"\(word)\" is not a positive number of questions (e.g. 5000, 100k, 1M)")
            }
            return size
        }
        guard !sizes.isEmpty else { throw BenchError.malformed(what: "sizes", detail: "no size given") }
        return Array(Set(sizes)).sorted()
    }

    static func parse(_ word: String) -> Int? {
        if word.hasSuffix("M") { return Int(word.dropLast()).map { $0 * 1_000_000 } }
        if word.hasSuffix("k") { return Int(word.dropLast()).map { $0 * 1_000 } }
        return Int(word)
    }
}
