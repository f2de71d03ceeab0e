import Foundation

/// Classifies texts into the campaign's topics by their keywords, matched on whole
/// syllables of the canonical form: "vay vốn", "Vay Vốn", "vay vốn" in NFD and "hoà"/"hòa"
/// alike; "an" never matches inside "an ninh", and "vay vốn" needs both syllables.
///
/// Text typed with diacritics is matched against keywords with diacritics, so "má" and
/// "mà" stay apart; text typed without any is matched against folded keywords. A keyword
/// counts its syllables times its weight (`keywordWeights`, 1 by default); a negative
/// keyword found in the text rules its topic out.
public struct KeywordClassifier: Sendable {
    struct Keyword: Sendable {
        var phrase: String
        var marked: [Int32]
        var folded: [Int32]
        var topic: String
        var weight: Double
        var negative: Bool
    }

    /// Keywords by their first syllable id, marked and folded: each word of a text looks up
    /// only the keywords that can start there, so cost grows with the text, not the taxonomy.
    private let markedByFirst: [Int32: [Keyword]]
    private let foldedByFirst: [Int32: [Keyword]]
    /// Ids of the keywords' syllables; each batch of texts continues from it.
    private let table: Canonicaliser
    let topicOrder: [String]
    let fallbackTopic: String
    let minConfidence: Double

    public init(topics: [Topic], minConfidence: Double) {
        var canonicaliser = Canonicaliser()
        var keywords: [Keyword] = []
        for topic in topics {
            let phrases = topic.keywords.map { ($0, false) } + topic.negativeKeywords.map { ($0, true) }
            for (phrase, negative) in phrases {
                let ids = canonicaliser.syllables(of: phrase, trimmingBoilerplate: false)
                guard !ids.canonical.isEmpty else { continue }
                keywords.append(Keyword(phrase: phrase, marked: ids.canonical, folded: ids.folded, topic: topic.code,
                                        weight: topic.keywordWeights[phrase] ?? 1, negative: negative))
            }
        }
        markedByFirst = Dictionary(grouping: keywords) { $0.marked[0] }
        foldedByFirst = Dictionary(grouping: keywords) { $0.folded[0] }
        table = canonicaliser
        topicOrder = topics.map(\.code)
        fallbackTopic = topics.first { $0.code == "khac" }?.code ?? topics.last?.code ?? "khac"
        self.minConfidence = minConfidence
    }

    public func classify(_ text: String) -> TopicAssignment { classify([text])[0] }

    /// Each text's topic, reading the texts with one shared word table.
    public func classify(_ texts: [String]) -> [TopicAssignment] {
        var canonicaliser = table
        return texts.map { assignment(score(canonicaliser.syllables(of: $0, trimmingBoilerplate: false))) }
    }

    func assignment(_ scores: [String: Score]) -> TopicAssignment {
        let ranked = ranked(scores)
        let keywordScores = Dictionary(uniqueKeysWithValues: ranked.map { ($0.0, $0.1.total) })
        guard let best = ranked.first else {
            return TopicAssignment(topic: fallbackTopic, confidence: 0, review: true)
        }
        let second = ranked.count > 1 ? ranked[1].1.total : 0
        let confidence = Self.confidence(best: best.1.total, second: second)
        return TopicAssignment(topic: best.0, confidence: confidence, review: confidence < minConfidence,
                               runnerUp: ranked.count > 1 ? ranked[1].0 : nil, evidence: best.1.phrases,
                               keywordScores: keywordScores)
    }

    /// Topics with evidence, the strongest first (ties in the campaign's order).
    func ranked(_ scores: [String: Score]) -> [(String, Score)] {
        topicOrder.compactMap { code in scores[code].flatMap { $0.excluded || $0.total <= 0 ? nil : (code, $0) } }
            .sorted { $0.1.total > $1.1.total }
    }

    /// Share of the evidence that points at the best topic, times how much evidence there
    /// is: one two-syllable keyword alone gives 0.74, a one-syllable keyword alone 0.49.
    static func confidence(best: Double, second: Double) -> Double {
        let share = best / (best + second)
        return (share * strength(best) * 1000).rounded() / 1000
    }

    /// How much keyword evidence there is, 0...1.
    static func strength(_ total: Double) -> Double { 1 - exp(-total / 1.5) }

    struct Score {
        var total = 0.0
        var phrases: [String] = []
        /// A negative keyword of the topic was found.
        var excluded = false
    }

    /// Each keyword found counts its number of syllables times its weight, once per keyword.
    func score(_ text: CanonicalSyllables) -> [String: Score] {
        let (syllables, index) = text.unmarked ? (text.folded, foldedByFirst) : (text.canonical, markedByFirst)
        var found = Set<String>()
        var scores: [String: Score] = [:]
        for start in syllables.indices {
            for keyword in index[syllables[start]] ?? [] {
                let phrase = text.unmarked ? keyword.folded : keyword.marked
                guard !found.contains(keyword.phrase), Self.matches(syllables, phrase, at: start) else { continue }
                found.insert(keyword.phrase)
                if keyword.negative {
                    scores[keyword.topic, default: Score()].excluded = true
                } else {
                    scores[keyword.topic, default: Score()].total += Double(phrase.count) * keyword.weight
                    scores[keyword.topic]!.phrases.append(keyword.phrase)
                }
            }
        }
        return scores
    }

    static func matches(_ syllables: [Int32], _ phrase: [Int32], at start: Int) -> Bool {
        start + phrase.count <= syllables.count && syllables[start..<start + phrase.count].elementsEqual(phrase)
    }
}
