import Foundation

/// Byte searches in a string's UTF-8 through `memchr`, which scans many bytes per
/// instruction: every cell of a large run is checked for NUL and for "_x", and the generic
/// `utf8.contains` walked them one by one (perf: ~5% of writing a 100,000-question run).
enum ByteScan {
    /// `body` over the string's UTF-8 bytes, without copying a native string.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }

    static func contains(_ byte: UInt8, in text: String) -> Bool {
        withBytes(of: text) { firstIndex(of: byte, in: $0[...]) != nil }
    }

    /// The index in the whole buffer of the first `byte` in `slice`.
    static func firstIndex(of byte: UInt8, in slice: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard let base = slice.base.baseAddress, !slice.isEmpty else { return nil }
        guard let found = memchr(base + slice.startIndex, Int32(byte), slice.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
