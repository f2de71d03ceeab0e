/// A table's rows, made one at a time as they are written, from any sequence of rows.
///
/// Not `AnySequence`: its box reaches the wrapped sequence's iterator through a class's
/// vtable, which runs the generic, unspecialised code of every lazy map and filter beneath
/// (metadata look-ups and value witnesses per row): perf at 1M questions put ~8 s of the
/// write stage's CPU there. The closure here is made where the sequence's type is known,
/// so the iteration it runs is specialised.
struct TableRows: Sequence {
    private let makeNext: () -> () -> [TableCell]?

    init(_ rows: some Sequence<[TableCell]>) {
        makeNext = {
            var iterator = rows.makeIterator()
            return { iterator.next() }
        }
    }

    struct Iterator: IteratorProtocol {
        let nextRow: () -> [TableCell]?
        mutating func next() -> [TableCell]? { nextRow() }
    }

    func makeIterator() -> Iterator { Iterator(nextRow: makeNext()) }
}
