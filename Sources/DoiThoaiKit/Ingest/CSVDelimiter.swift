/// Chooses a file's delimiter among `,` `;` tab `|` from its first lines.
///
/// The delimiter is the one that splits the most lines into the same number of
/// fields: title rows have none, and commas inside unquoted Vietnamese text vary
/// from line to line while the real delimiter does not.
public enum CSVDelimiter {
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    public static func detect(in bytes: [UInt8], sampleLines: Int = 30) -> UInt8 {
        let counts = countsPerLine(bytes, sampleLines: sampleLines)
        var best = candidates[0]
        var bestScore = 0
        for (index, candidate) in candidates.enumerated() {
            let score = consistency(counts.map { $0[index] })
            if score > bestScore {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    /// How many lines share the most common non-zero count, weighted by that count's presence.
    static func consistency(_ perLine: [Int]) -> Int {
        var frequency: [Int: Int] = [:]
        for count in perLine where count > 0 { frequency[count, default: 0] += 1 }
        return frequency.values.max() ?? 0
    }

    /// For each of the first lines, how often each candidate occurs outside quotes.
    static func countsPerLine(_ bytes: [UInt8], sampleLines: Int) -> [[Int]] {
        var result: [[Int]] = []
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        for byte in bytes.prefix(256 * 1024) {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if current.contains(where: { $0 > 0 }) || !result.isEmpty { result.append(current) }
                current = [Int](repeating: 0, count: candidates.count)
                if result.count >= sampleLines { return result }
                continue
            }
            if let index = candidates.firstIndex(of: byte) { current[index] += 1 }
        }
        result.append(current)
        return result
    }
}
