/// A question row's cells as UTF-8, all but the serial number and time stamp, which depend
/// on where the row is written (a re-sent row keeps everything else).
struct QuestionRow: Sendable {
    var name: [UInt8] = []
    var birthYear: [UInt8] = []
    var category: [UInt8] = []
    var address: [UInt8] = []
    var phone: [UInt8] = []
    var email: [UInt8] = []
    var topic: [UInt8] = []
    var text: [UInt8] = []

    init(asker: SyntheticAsker, unit: SenderUnit, layout: FileLayout, text: [UInt8]) {
        name = asker.name
        birthYear = Array(String(asker.birthYear).utf8)
        category = asker.categoryLabel(onForm: layout.isForm)
        address = unit.role == .youthUnion ? [] : asker.address(in: unit)
        phone = asker.phone(spaced: !layout.isForm)
        email = asker.email
        self.text = text
    }

    /// Writes the row in `layout`'s columns.
    func write(to file: BufferedCSVFile, layout: FileLayout, serial: Int, stamp: [UInt8], unitName: [UInt8]) throws {
        for (_, field) in layout.columns {
            switch field {
            case .serial: file.field(Array(String(serial).utf8))
            case .stamp: file.field(stamp)
            case .unit: file.field(unitName)
            case .name: file.field(name)
            case .birthYear: file.field(birthYear)
            case .category: file.field(category)
            case .address: file.field(address)
            case .phone: file.field(phone)
            case .email: file.field(email)
            case .topic: file.field(topic)
            case .text: file.field(text)
            }
        }
        try file.endRow()
    }
}
