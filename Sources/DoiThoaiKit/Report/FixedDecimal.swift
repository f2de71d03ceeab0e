import Foundation

/// `String(format: "%.Nf")` without Foundation's formatter on the common path.
///
/// Workbooks and questions.csv format a confidence or a share on every row; at a million
/// rows `String(format:)` (a vararg call through Foundation) was measurable. Output is the
/// same as printf's, digit for digit: when the scaled value lies within a hair of a rounding
/// tie (where the binary value decides, as printf's exact rounding does), it falls back to
/// `String(format:)`.
enum FixedDecimal {
    static func format(_ value: Double, decimals: Int) -> String {
        precondition((0...6).contains(decimals), "FixedDecimal handles 0 to 6 decimals")
        let scale = pow10[decimals]
        let scaled = value * scale
        let fraction = scaled - scaled.rounded(.down)
        guard value.isFinite, abs(scaled) < 1e15, abs(fraction - 0.5) > 1e-6 else {
            return String(format: "%.\(decimals)f", value)
        }
        let units = Int64(scaled.rounded(.toNearestOrAwayFromZero))
        let negative = units < 0 || (units == 0 && value.sign == .minus)
        let digits = String(units.magnitude)
        let sign = negative ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let padded = digits.count <= decimals ? String(repeating: "0", count: decimals + 1 - digits.count) + digits : digits
        let point = padded.index(padded.endIndex, offsetBy: -decimals)
        return sign + padded[..<point] + "." + padded[point...]
    }

    private static let pow10: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
}
