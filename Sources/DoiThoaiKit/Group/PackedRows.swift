/// Rows of integers (each document's sorted feature ids, each group's members) packed in
/// one array: a million questions are two arrays, not a million small ones to allocate,
/// count and free.
struct PackedRows: Sendable {
    private(set) var ids: [Int32] = []
    /// Row `i` is `ids[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]

    init() {}

    /// Rows filled by a counting sort: `entries` is called twice, to count each row's
    /// values and then to place them, each row's values in the order given.
    init(rowCount: Int, entries: ((_ add: (_ row: Int, _ value: Int32) -> Void) -> Void)) {
        var starts = [Int](repeating: 0, count: rowCount + 1)
        entries { row, _ in starts[row + 1] += 1 }
        for row in 0..<rowCount { starts[row + 1] += starts[row] }
        var ids = [Int32](repeating: 0, count: starts[rowCount])
        var next = starts
        entries { row, value in
            ids[next[row]] = value
            next[row] += 1
        }
        self.ids = ids
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    /// Appends every row of `other`, in order.
    mutating func appendRows(of other: PackedRows) {
        let offset = ids.count
        ids.append(contentsOf: other.ids)
        starts.append(contentsOf: other.starts.dropFirst().lazy.map { $0 + offset })
    }

    mutating func appendRow(_ row: ArraySlice<Int32>) {
        ids.append(contentsOf: row)
        starts.append(ids.count)
    }

    func range(_ index: Int) -> Range<Int> { starts[index]..<starts[index + 1] }

    func row(_ index: Int) -> ArraySlice<Int32> { ids[range(index)] }

    /// Asks for where row `index` starts (the first step of reading it) to be brought in.
    func prefetchStart(_ index: Int) { starts.prefetch(index) }

    /// Asks for row `index` to be brought in: reads where it starts, not the row.
    func prefetchRow(_ index: Int) { ids.prefetch(range(index)) }

    /// In how many rows each feature occurs.
    func documentFrequencies(vocabularySize: Int) -> [Int32] {
        var frequency = [Int32](repeating: 0, count: vocabularySize)
        for id in ids { frequency[Int(id)] += 1 }
        return frequency
    }
}
