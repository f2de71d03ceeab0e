/// The anchors founded since a batch of look-ups began, by key and by exact text: what the
/// look-ups made side by side, against the index as it stood at the batch's start, could not
/// see. A batch founds a few hundred anchors, so this stays in cache, where the index's
/// lists of a million questions' anchors would each be a miss.
struct RecentAnchors {
    /// The last entry added for a key, by open addressing on the key.
    private var slots: [Slot]
    private var usedSlots: [Int] = []
    /// Anchors, each entry linked to the one added before it for the same key.
    private var entries: [Entry] = []
    /// The first recent anchor with each text.
    private var anchorByText: [UInt64: Int32] = [:]

    private struct Slot {
        static let empty = Slot(key: -1, last: -1)
        var key: Int32
        var last: Int32
    }

    private struct Entry {
        var anchor: Int32
        var previous: Int32
    }

    init(expectedKeys: Int = 8_192) {
        var size = 16
        while size < 2 * expectedKeys { size *= 2 }
        slots = Array(repeating: .empty, count: size)
    }

    var isEmpty: Bool { entries.isEmpty && anchorByText.isEmpty }

    mutating func add(anchor: Int32, keys: some Sequence<Int32>, text: UInt64) {
        for key in keys { add(anchor, key) }
        if anchorByText[text] == nil { anchorByText[text] = anchor }
    }

    func anchor(withText text: UInt64) -> Int32? { anchorByText[text] }

    /// Calls `body` with each recent anchor having `key`, the latest first.
    @inline(__always)
    func forEachAnchor(withKey key: Int32, _ body: (Int32) -> Void) {
        var entry = slots[find(key)].last
        while entry >= 0 {
            body(entries[Int(entry)].anchor)
            entry = entries[Int(entry)].previous
        }
    }

    /// Empties the table for the next batch, keeping its memory.
    mutating func removeAll() {
        for slot in usedSlots { slots[slot] = .empty }
        usedSlots.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        anchorByText.removeAll(keepingCapacity: true)
    }

    private mutating func add(_ anchor: Int32, _ key: Int32) {
        if 2 * (usedSlots.count + 1) > slots.count { grow() }
        let slot = find(key)
        if slots[slot].key < 0 {
            slots[slot].key = key
            usedSlots.append(slot)
        }
        entries.append(Entry(anchor: anchor, previous: slots[slot].last))
        slots[slot].last = Int32(entries.count - 1)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: Int32) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[slot].key >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    @inline(never)
    private mutating func grow() {
        let kept = usedSlots.map { slots[$0] }
        slots = Array(repeating: .empty, count: 2 * slots.count)
        usedSlots.removeAll(keepingCapacity: true)
        for held in kept {
            let slot = find(held.key)
            slots[slot] = held
            usedSlots.append(slot)
        }
    }
}
