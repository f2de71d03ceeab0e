/// The key weight each candidate anchor shares with the question being placed, in order of
/// first visit: a small open-addressing table sized for one look-up's visits, instead of an
/// array over all the questions. (perf, 1M questions: loading a score from the array over all
/// questions missed the cache and was 30% of the candidate look-up's samples; a table of a few
/// thousand slots stays in cache.)
struct AnchorScores {
    /// Anchors with their summed weights, in order of first visit.
    private(set) var entries: [(anchor: Int32, score: Double)] = []
    /// Slot of each entry, to empty the table without scanning every slot.
    private var slotOfEntry: [Int] = []
    /// 1 + the entry's index; 0 for an empty slot.
    private var slots: [Int32]

    /// A table that holds `expected` anchors without growing (it grows past them).
    init(expected: Int) {
        var size = 16
        while size < 2 * expected { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// Adds `weight` to the anchor's score; a new anchor starts at `weight`.
    mutating func add(_ anchor: Int32, weight: Double) {
        var slot = home(anchor)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if entries[entry].anchor == anchor {
                entries[entry].score += weight
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        if 2 * (entries.count + 1) > slots.count {
            grow()
            return add(anchor, weight: weight)
        }
        slots[slot] = Int32(entries.count + 1)
        entries.append((anchor, weight))
        slotOfEntry.append(slot)
    }

    /// Empties the table for the next question, keeping its memory.
    mutating func removeAll() {
        for slot in slotOfEntry { slots[slot] = 0 }
        entries.removeAll(keepingCapacity: true)
        slotOfEntry.removeAll(keepingCapacity: true)
    }

    /// Fibonacci hashing: anchors close in code order land far apart.
    private func home(_ anchor: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: anchor)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }

    private mutating func grow() {
        let kept = entries
        slots = Array(repeating: 0, count: 2 * slots.count)
        entries.removeAll(keepingCapacity: true)
        slotOfEntry.removeAll(keepingCapacity: true)
        for (anchor, score) in kept { add(anchor, weight: score) }
    }
}
