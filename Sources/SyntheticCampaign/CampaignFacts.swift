import DoiThoaiKit

/// What the generator takes from `campaign.yml`, worked out once: the units that send
/// questions and how files and sentences name them, the code prefix, the deadlines, and
/// the topic and departments each theme belongs to.
struct CampaignFacts: Sendable {
    let campaign: Campaign
    let units: [SenderUnit]
    /// Indices of the units a question can be about: communes and wards, not the Youth Union.
    let localities: [Int]
    /// The campaign topic of each theme of `Theme.all`.
    let themeTopics: [Topic]

    init(_ campaign: Campaign) {
        self.campaign = campaign
        let keyCounts = SenderUnit.keyCounts(campaign.units)
        let units = campaign.units.map { SenderUnit($0, keyCounts: keyCounts) }
        self.units = units
        localities = units.indices.filter { units[$0].role != .youthUnion }
        themeTopics = Theme.all.map { ThemeRouting.topic(for: $0, in: campaign.topics) }
    }
}
