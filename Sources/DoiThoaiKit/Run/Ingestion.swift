import Foundation

/// Reads every table of a subfolder with a given reader; files that are not tables are
/// reported, never silently skipped.
enum Ingestion {
    /// `reuse` gives back the reading of a file unchanged since the last run (by name and
    /// content hash), so that it is not parsed again. Files are read side by side, one per
    /// core; the readings come back in file order.
    static func read<Row>(
        _ kind: InputKind, of input: InputFolder,
        with read: (String, [UInt8]) -> FileReading<Row>,
        reuse: (String, String) throws -> FileReading<Row>? = { _, _ in nil },
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> [FileReading<Row>] {
        let (tables, others) = try input.files(in: kind.rawValue)
        var readings = try ParallelJobs.perCore().map(tables.count, finished: { progress($0, tables.count) }) { index in
            try reading(tables[index], with: read, reuse: reuse)
        }
        for url in others {
            var reading = FileReading<Row>(file: url.lastPathComponent)
            reading.rejectFile("Bỏ qua: chỉ đọc tệp .csv, .txt, .tsv — lưu tệp dạng CSV UTF-8 trong Excel.")
            readings.append(reading)
        }
        return readings
    }

    private static func reading<Row>(
        _ url: URL, with read: (String, [UInt8]) -> FileReading<Row>, reuse: (String, String) throws -> FileReading<Row>?
    ) throws -> FileReading<Row> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            var reading = FileReading<Row>(file: url.lastPathComponent)
            reading.rejectFile("Không mở được tệp (không có quyền đọc?) — kiểm tra quyền của tệp.")
            return reading
        }
        let bytes = [UInt8](data)
        let hash = SHA256.hex(bytes)
        var reading = try reuse(url.lastPathComponent, hash) ?? read(url.lastPathComponent, bytes)
        reading.contentHash = hash
        reading.bytes = bytes.count
        return reading
    }
}

extension RunReport.FileEntry {
    /// The file's line in the report; accepted and known are filled in by admission.
    init<Row>(_ reading: FileReading<Row>, kind: String) {
        self.init(name: reading.file, kind: kind, encoding: reading.encoding?.rawValue,
                  delimiter: reading.delimiter.map { $0 == "\t" ? "tab" : $0 })
        rows.read = reading.rowsRead
        rows.rejected = reading.rejections.filter { $0.row != nil }.count
        blank = reading.blankRows
        problem = reading.fileProblem
        unchanged = reading.unchanged
    }
}
