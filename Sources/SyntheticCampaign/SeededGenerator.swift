/// SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose whole state is one
/// word, so a seed gives the same campaign on every machine and every run.
/// `SystemRandomNumberGenerator` cannot be seeded.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index in `0..<count`.
    public mutating func index(_ count: Int) -> Int {
        Int(next(upperBound: UInt64(count)))
    }

    /// An integer in `range`.
    public mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(range.count)
    }

    /// A uniform number in 0..<1 (53 random bits, the same on every platform).
    public mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }
}
