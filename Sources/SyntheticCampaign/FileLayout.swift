/// The columns of a generated question file, with their headers. Two layouts of the example
/// campaign: a commune's list (`xa-bao-lac.csv`) and the Youth Union's Google Form, the
/// latter without "Xã/phường" so that every row is the Youth Union's own.
struct FileLayout: Sendable {
    enum Field: Sendable {
        case serial, stamp, unit, name, birthYear, category, address, phone, email, topic, text
    }

    let columns: [(header: String, field: Field)]
    /// True for the form: categories are its drop-down values and phones are typed without spaces.
    let isForm: Bool

    static let commune = FileLayout(columns: [
        ("STT", .serial), ("Họ tên", .name), ("Năm sinh", .birthYear), ("Đối tượng", .category),
        ("Địa chỉ", .address), ("Số điện thoại", .phone), ("Nội dung", .text),
    ], isForm: false)

    /// A commune whose name the reader cannot tell from a file name writes it on every row.
    static let communeWithUnitColumn = FileLayout(
        columns: [commune.columns[0], ("Đơn vị", .unit)] + commune.columns.dropFirst(), isForm: false)

    static let youthUnionForm = FileLayout(columns: [
        ("Dấu thời gian", .stamp), ("Họ và tên", .name), ("Năm sinh", .birthYear), ("Đối tượng", .category),
        ("Lĩnh vực", .topic), ("Nội dung câu hỏi", .text), ("Số điện thoại", .phone), ("Email", .email),
    ], isForm: true)
}
