import CPrefetch

extension Array {
    /// Asks for the cache line holding element `index` without waiting for it, so that many
    /// reads from memory overlap instead of following one another. A hint only: nothing is
    /// read, and an index outside the array is ignored.
    @inline(__always)
    func prefetch(_ index: Int) {
        guard indices.contains(index) else { return }
        withUnsafeBufferPointer { doithoai_prefetch($0.baseAddress! + index) }
    }

    /// `prefetch` for every cache line of `elements`.
    @inline(__always)
    func prefetch(_ elements: Range<Int>) {
        let perLine = Swift.max(1, 64 / MemoryLayout<Element>.stride)
        for index in Swift.stride(from: elements.lowerBound, to: elements.upperBound, by: perLine) { prefetch(index) }
        // The stride can step over the last line when the range does not start on a line.
        if !elements.isEmpty { prefetch(elements.upperBound - 1) }
    }
}
