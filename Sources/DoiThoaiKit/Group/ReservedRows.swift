/// Rows of integers whose sizes are known in advance, filled by appending to any row in any
/// order, all in one array (as `PackedRows`, which is filled all at once).
struct ReservedRows {
    private var ids: [Int32]
    /// Row `i` may hold `ids[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]
    /// How many values each row holds so far.
    private var filled: [Int32]

    /// Room for `capacity[i]` values in row `i`.
    init(capacity: [Int32]) {
        var starts = [Int](repeating: 0, count: capacity.count + 1)
        for row in capacity.indices { starts[row + 1] = starts[row] + Int(capacity[row]) }
        self.starts = starts
        ids = [Int32](repeating: 0, count: starts[capacity.count])
        filled = [Int32](repeating: 0, count: capacity.count)
    }

    var count: Int { filled.count }

    /// Appends `value` to row `row`, which must have room for it.
    mutating func append(_ value: Int32, toRow row: Int) {
        let position = starts[row] + Int(filled[row])
        precondition(position < starts[row + 1], "row \(row) is full")
        ids[position] = value
        filled[row] += 1
    }

    /// The values appended to row `index`, in the order appended.
    func row(_ index: Int) -> ArraySlice<Int32> { ids[starts[index]..<(starts[index] + Int(filled[index]))] }
}
