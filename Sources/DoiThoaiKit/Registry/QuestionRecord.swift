import GRDB

/// The `question` table's row. Kept apart from `Question` so that the stages never see GRDB.
struct QuestionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "question"

    var code: String
    var sequence: Int
    var fingerprint: String
    var unitCode: String
    var unitName: String
    var text: String
    var askerName: String?
    var askerBirthYear: Int?
    var askerAddress: String?
    var askerPhone: String?
    var askerEmail: String?
    var category: String?
    var suggestedTopic: String?
    var submittedAt: String?
    var sourceFile: String
    var sourceRow: Int
    var firstRunAt: String

    init(_ q: Question, firstRunAt: String) {
        code = q.code
        sequence = q.sequence
        fingerprint = q.fingerprint
        unitCode = q.unitCode
        unitName = q.unitName
        text = q.text
        askerName = q.asker.name
        askerBirthYear = q.asker.birthYear
        askerAddress = q.asker.address
        askerPhone = q.asker.phone
        askerEmail = q.asker.email
        category = q.category.rawValue
        suggestedTopic = q.suggestedTopic
        submittedAt = q.submittedAt
        sourceFile = q.source.file
        sourceRow = q.source.row
        self.firstRunAt = firstRunAt
    }

    var question: Question {
        Question(
            code: code, sequence: sequence, fingerprint: fingerprint, unitCode: unitCode, unitName: unitName,
            text: text,
            asker: Asker(name: askerName, birthYear: askerBirthYear, address: askerAddress,
                         phone: askerPhone, email: askerEmail),
            category: AskerCategory(rawValue: category ?? "") ?? .unknown, suggestedTopic: suggestedTopic, submittedAt: submittedAt,
            source: SourcePlace(file: sourceFile, row: sourceRow))
    }
}
