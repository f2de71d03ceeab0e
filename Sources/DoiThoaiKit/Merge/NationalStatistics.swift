/// The provinces' statistics side by side and added up, for the Ministry's national
/// workbook. A pure value built from `Statistics` alone, which holds no personal data.
public struct NationalStatistics: Sendable, Equatable {
    /// One province-year: a row of the "Theo tỉnh" sheet.
    public struct Province: Sendable, Equatable {
        public var name: String
        public var year: Int
        public var file: String
        public var questions: Int
        public var groups: Int
        /// Units (communes, wards, the Youth Union) that sent at least one question.
        public var units: Int
        /// Every answered status, and questions referred to a competent higher authority.
        public var answered: Int
        public var overdue: Int
        public var pending: Int
    }

    /// One counted dimension (topics, statuses, sources, categories): its keys down, one
    /// count per province across, in the provinces' order.
    public struct Breakdown: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            public var key: String
            public var label: String
            public var counts: [Int]
            public var total: Int { counts.reduce(0, +) }
        }

        public var rows: [Row]

        /// Each province's sum over the rows (the total row).
        public func totals(provinces: Int) -> [Int] {
            (0..<provinces).map { index in rows.map { $0.counts[index] }.reduce(0, +) }
        }
    }

    public var provinces: [Province]
    public var byTopic: Breakdown
    public var byStatus: Breakdown
    public var bySource: Breakdown
    public var byCategory: Breakdown

    /// The years present, ascending.
    public var years: [Int] { Array(Set(provinces.map(\.year))).sorted() }
    public var questions: Int { provinces.map(\.questions).reduce(0, +) }
}

extension NationalStatistics {
    /// Lays the provinces side by side, in the order given; call on files already checked
    /// for duplicates (`StatisticsMerge.merge`).
    init(_ inputs: [ProvinceStatistics]) {
        let all = inputs.map(\.statistics)
        self.init(provinces: inputs.map(Province.init), byTopic: Breakdown(all.map(\.byTopic)),
                  byStatus: Breakdown(all.map(\.byStatus)), bySource: Breakdown(all.map(\.bySource)),
                  byCategory: Breakdown(all.map(\.byCategory)))
    }
}

extension NationalStatistics.Province {
    /// The statuses counted as answered: answered in any form, or referred upward, which is
    /// the answer the decree allows when the province is not competent.
    static let answeredStatuses: Set<String> = Set(
        [QuestionStatus.answered, .answeredAtDialogue, .answeredInWriting, .referred].map(\.rawValue))

    init(_ input: ProvinceStatistics) {
        let statistics = input.statistics
        func count(_ keys: Set<String>) -> Int {
            statistics.byStatus.filter { keys.contains($0.key) }.map(\.count).reduce(0, +)
        }
        self.init(name: statistics.province, year: statistics.year, file: input.file,
                  questions: statistics.questions, groups: statistics.groups, units: statistics.units,
                  answered: count(Self.answeredStatuses), overdue: count([QuestionStatus.overdue.rawValue]),
                  pending: count([QuestionStatus.pending.rawValue]))
    }
}

extension NationalStatistics.Breakdown {
    /// The union of the provinces' keys in first-seen order, each labelled as the first
    /// province that has it labels it; a province without a key counts 0 there. Provinces
    /// may add topics of their own (DESIGN.md §9), so the lists need not be the same.
    init(_ perProvince: [[Statistics.Count]]) {
        var order: [String] = []
        var labels: [String: String] = [:]
        var counts: [String: [Int]] = [:]
        for (index, list) in perProvince.enumerated() {
            for count in list {
                if labels[count.key] == nil {
                    order.append(count.key)
                    labels[count.key] = count.label
                    counts[count.key] = Array(repeating: 0, count: perProvince.count)
                }
                counts[count.key]![index] += count.count
            }
        }
        self.init(rows: order.map { Row(key: $0, label: labels[$0]!, counts: counts[$0]!) })
    }
}
