/// The key weight each candidate anchor shares with the question being placed, in order of
/// first visit: a small open-addressing table sized for one look-up's visits, instead of an
/// array over all the questions. (perf, 1M questions: loading a score from the array over all
/// questions missed the cache and was 30% of the candidate look-up's samples; a table of a few
/// thousand slots stays in cache.)
struct AnchorScores {
    /// Anchors in order of first visit.
    private(set) var anchors: [Int32] = []
    /// Summed weight of each of `anchors`, at the same position.
    private(set) var scores: [Double] = []
    /// Each slot holds its anchor beside the anchor's position in `anchors`, so a probe reads
    /// one slot, not a slot and then an entry. (perf, 100k questions: `add`, not inlined, was
    /// 13% of the group stage; with this and `add` inlined, the stage went from 6.93 to 5.80
    /// CPU s, median of 3.)
    private var slots: [Slot]
    /// Slot of each of `anchors`, to empty the table without scanning every slot.
    private var slotOfEntry: [Int] = []

    private struct Slot {
        static let empty = Slot(anchor: -1, entry: 0)
        var anchor: Int32
        var entry: Int32
    }

    /// A table that holds `expected` anchors without growing (it grows past them).
    init(expected: Int) {
        var size = 16
        while size < 2 * expected { size *= 2 }
        slots = Array(repeating: .empty, count: size)
    }

    var count: Int { anchors.count }

    /// Adds `weight` to the anchor's score; a new anchor starts at `weight`. Inlined into the
    /// look-up's loop, which calls it for every anchor visited (about 430 per question).
    @inline(__always)
    mutating func add(_ anchor: Int32, weight: Double) {
        let mask = slots.count - 1
        var slot = home(anchor, mask)
        while true {
            let held = slots[slot]
            if held.anchor == anchor {
                scores[Int(held.entry)] += weight
                return
            }
            if held.anchor < 0 { break }
            slot = (slot + 1) & mask
        }
        guard 2 * (anchors.count + 1) <= slots.count else { return growAndAdd(anchor, weight: weight) }
        slots[slot] = Slot(anchor: anchor, entry: Int32(anchors.count))
        anchors.append(anchor)
        scores.append(weight)
        slotOfEntry.append(slot)
    }

    /// Empties the table for the next question, keeping its memory.
    mutating func removeAll() {
        for slot in slotOfEntry { slots[slot] = .empty }
        anchors.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
        slotOfEntry.removeAll(keepingCapacity: true)
    }

    /// Fibonacci hashing: anchors close in code order land far apart.
    @inline(__always)
    private func home(_ anchor: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: anchor)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(never)
    private mutating func growAndAdd(_ anchor: Int32, weight: Double) {
        let kept = Array(zip(anchors, scores))
        slots = Array(repeating: .empty, count: 2 * slots.count)
        anchors.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
        slotOfEntry.removeAll(keepingCapacity: true)
        for (anchor, score) in kept { add(anchor, weight: score) }
        add(anchor, weight: weight)
    }
}
