/// Where a row came from: the file name as given in `questions/`, and the 1-based
/// line of the record's first line.
public struct SourcePlace: Hashable, Codable, Sendable {
    public var file: String
    public var row: Int

    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }
}

/// Personal data about who asked. Stays in the registry and, as the privacy options
/// allow, the consolidated workbook; never in statistics, department workbooks or logs.
public struct Asker: Hashable, Sendable {
    public var name: String?
    public var birthYear: Int?
    public var address: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, birthYear: Int? = nil, address: String? = nil,
                phone: String? = nil, email: String? = nil) {
        self.name = name
        self.birthYear = birthYear
        self.address = address
        self.phone = phone
        self.email = email
    }
}

/// A question row read from an export, valid and attributed to a configured unit.
public struct IncomingQuestion: Hashable, Sendable {
    public var place: SourcePlace
    public var unit: CampaignUnit
    public var text: String
    public var asker: Asker
    /// The asker's category ("Đối tượng"), aggregated in statistics, never per person there.
    public var category: AskerCategory
    /// The topic the sender suggested ("Lĩnh vực"), kept as written.
    public var suggestedTopic: String?
    /// When it was sent, as written (Google Forms' "Dấu thời gian" included).
    public var submittedAt: String?

    public init(place: SourcePlace, unit: CampaignUnit, text: String, asker: Asker = .init(),
                category: AskerCategory = .unknown, suggestedTopic: String? = nil, submittedAt: String? = nil) {
        self.place = place
        self.unit = unit
        self.text = text
        self.asker = asker
        self.category = category
        self.suggestedTopic = suggestedTopic
        self.submittedAt = submittedAt
    }
}

/// A row or file that was not accepted, with the reason in plain Vietnamese.
public struct Rejection: Hashable, Codable, Sendable {
    public var file: String
    /// The 1-based line; nil when the whole file is rejected.
    public var row: Int?
    public var reason: String

    public init(file: String, row: Int?, reason: String) {
        self.file = file
        self.row = row
        self.reason = reason
    }
}
