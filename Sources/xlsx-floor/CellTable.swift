import DoiThoaiKit
import Foundation

/// Every cell of a CSV file as NUL-terminated UTF-8 in one buffer, with each cell's offset.
///
/// Loaded before the clock starts, in a shape libxlsxwriter takes as is: a C string per
/// cell with no conversion while writing, so the timed part measures libxlsxwriter alone.
/// One buffer instead of a `String` per cell keeps a million rows within a few hundred MB.
struct CellTable {
    /// The cells' bytes, each followed by a NUL.
    private(set) var bytes: [CChar] = []
    /// Offset of each cell's first byte in `bytes`, row after row.
    private(set) var cellStarts: [Int] = []
    /// Index in `cellStarts` of each row's first cell, plus one past the last cell.
    private(set) var rowStarts: [Int] = [0]
    /// The widest row's cell count.
    private(set) var columns = 0

    var rows: Int { rowStarts.count - 1 }

    /// Reads `path` with the pipeline's own CSV reader (delimiter detected, quotes honoured).
    init(csvAt path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var utf8 = [UInt8](data)
        // A BOM would otherwise become part of the first header cell.
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        bytes.reserveCapacity(utf8.count + utf8.count / 8)
        try CSVReader(utf8: utf8).forEachRecord { record in
            if let problem = record.problem {
                throw FloorError.unreadableRecord(line: problem.line, path: path)
            }
            append(record.fields)
        }
    }

    private mutating func append(_ fields: [String]) {
        for field in fields {
            cellStarts.append(bytes.count)
            field.utf8.forEach { bytes.append(CChar(bitPattern: $0)) }
            bytes.append(0)
        }
        rowStarts.append(cellStarts.count)
        columns = max(columns, fields.count)
    }

    /// Calls `body` with each cell's row, column and C string, in row order.
    func forEachCell(_ body: (Int, Int, UnsafePointer<CChar>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for row in 0..<rows {
                for (column, cell) in (rowStarts[row]..<rowStarts[row + 1]).enumerated() {
                    try body(row, column, base + cellStarts[cell])
                }
            }
        }
    }
}
