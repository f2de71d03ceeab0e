/// Every distinct word of a run, worked out once: its canonical syllable and its folded
/// form, each as a small integer id, so that questions are compared as numbers.
///
/// A question of a million is a lookup per word in this table, keyed by the word's UTF-8
/// bytes exactly as typed (so "Hòa", "hòa" and "hoà" are three entries with one canonical
/// id). A hand-made open-addressing table over a byte arena, not a `Dictionary<Substring, …>`:
/// hashing a Swift string normalises it first, and that, with a `Substring` per word, was
/// measured as a fifth of the grouping time (BENCHMARKS.md).
public struct SyllableTable: Sendable {
    struct Entry: Sendable {
        let canonical: Int32
        let folded: Int32
        /// Carries a diacritic (a tone, a vowel mark, or đ).
        let marked: Bool
    }

    private(set) var entries: [Entry] = []
    private var entryHashes: [UInt64] = []
    private var entryBytes: [Range<Int>] = []
    private var arena: [UInt8] = []
    /// Entry index + 1 per slot, 0 when empty; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// Canonical syllables ("hoa^2") and folded ones ("hoa") share one id space.
    private var ids: [String: Int32] = [:]
    private(set) var names: [String] = []

    public init() {}

    /// The id of a canonical or folded syllable given as text (boilerplate phrases).
    mutating func id(ofSyllable syllable: String) -> Int32 {
        if let id = ids[syllable] { return id }
        let id = Int32(names.count)
        ids[syllable] = id
        names.append(syllable)
        return id
    }

    /// The entry of the word held in `bytes[range]`.
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Entry {
        let hash = Self.hash(bytes, range)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if entryHashes[index] == hash, equal(index, bytes, range) { return entries[index] }
            slot = (slot + 1) & mask
        }
        let entry = makeEntry(UnsafeBufferPointer(rebasing: bytes[range]))
        slots[slot] = Int32(entries.count + 1)
        entries.append(entry)
        entryHashes.append(hash)
        entryBytes.append(arena.count..<arena.count + range.count)
        arena.append(contentsOf: bytes[range])
        if entries.count * 2 > slots.count { grow() }
        return entry
    }

    private mutating func makeEntry(_ word: UnsafeBufferPointer<UInt8>) -> Entry {
        // Plain ASCII (numbers, "4G", text typed without marks) needs no Unicode work.
        if word.allSatisfy({ $0 < 0x80 }) {
            let id = id(ofSyllable: String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self))
            return Entry(canonical: id, folded: id, marked: false)
        }
        let canonical = CanonicalText.syllable(Substring(String(decoding: word, as: UTF8.self)))
        let folded = CanonicalText.fold(canonical)
        return Entry(canonical: id(ofSyllable: canonical), folded: id(ofSyllable: folded), marked: canonical != folded)
    }

    private func equal(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let stored = entryBytes[index]
        return stored.count == range.count && arena[stored].elementsEqual(bytes[range])
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in entryHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a, mixed at the end so that the low bits used for the slot are spread.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}
