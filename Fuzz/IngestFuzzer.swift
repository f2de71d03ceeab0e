// libFuzzer target over the ingestion front: decoding, CSV cutting, and the question
// reader's accounting. Built by `make fuzz` with `swiftc -sanitize=fuzzer,address` from
// the Foundation-only sources it lists; not part of the package or of `make test`.
//
// Beyond "never crash", it checks the rule the whole tool rests on: every non-blank row
// of a file ends as exactly one question or one rejection (DESIGN.md §6).

let units = [
    CampaignUnit(code: "1501", name: "Xã Đàm Thủy", kind: "xã"),
    CampaignUnit(code: "1273", name: "Phường Thục Phán", kind: "phường"),
]
let reader = QuestionFileReader(units: UnitResolver(units: units))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let (utf8, _)) = TextDecoder.utf8Bytes(of: bytes) {
        checkRecords(CSVReader(utf8: utf8).readAll().records)
    }
    checkAccounting(reader.read(file: "xa-dam-thuy.csv", bytes: bytes))
    return 0
}

/// Records come in file order, each starting on a later line than the one before.
func checkRecords(_ records: [CSVRecord]) {
    var previous = 0
    for record in records {
        precondition(record.line > previous, "record lines out of order: \(record.line) after \(previous)")
        // A record the reader could not cut carries its problem instead of fields.
        precondition(!record.fields.isEmpty || record.problem != nil, "a record without fields or problem")
        previous = record.line
    }
}

/// Rows read = questions + rejected rows; a file-level problem means no row was taken.
func checkAccounting(_ reading: FileReading<IncomingQuestion>) {
    let rejectedRows = reading.rejections.filter { $0.row != nil }.count
    precondition(reading.rowsRead == reading.rows.count + rejectedRows,
                 "rows read \(reading.rowsRead) ≠ \(reading.rows.count) questions + \(rejectedRows) rejected")
    if reading.fileProblem != nil { precondition(reading.rows.isEmpty, "questions taken from an unusable file") }
    for question in reading.rows {
        precondition(question.text.contains(where: \.isLetter), "a question without letters")
    }
}
