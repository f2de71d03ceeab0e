import Foundation

/// Classifies a text into the campaign's topics by its keywords, matched on whole
/// syllables: "an" never matches inside "an ninh" and "vay vốn" needs both syllables.
///
/// Text typed with diacritics is matched against keywords with diacritics, so "má" and
/// "mà" stay apart; text typed without any is matched against folded keywords.
public struct KeywordClassifier: Sendable {
    struct Keyword: Sendable {
        var phrase: String
        var marked: [Substring]
        var folded: [Substring]
        var topic: String
    }

    /// Keywords by their first syllable, marked and folded: each word of a text looks up
    /// only the keywords that can start there, so cost grows with the text, not the taxonomy.
    let markedByFirstWord: [Substring: [Keyword]]
    let foldedByFirstWord: [Substring: [Keyword]]
    let topicOrder: [String]
    let fallbackTopic: String
    let minConfidence: Double

    public init(topics: [Topic], minConfidence: Double) {
        let keywords = topics.flatMap { topic in
            topic.keywords.map { phrase in
                Keyword(phrase: phrase,
                        marked: VietnameseText.words(of: VietnameseText.matchKey(phrase)),
                        folded: VietnameseText.words(of: VietnameseText.fold(phrase)), topic: topic.code)
            }
        }.filter { !$0.marked.isEmpty }
        markedByFirstWord = Dictionary(grouping: keywords) { $0.marked[0] }
        foldedByFirstWord = Dictionary(grouping: keywords) { $0.folded[0] }
        topicOrder = topics.map(\.code)
        fallbackTopic = topics.first { $0.code == "khac" }?.code ?? topics.last?.code ?? "khac"
        self.minConfidence = minConfidence
    }

    public func classify(_ text: String) -> TopicAssignment {
        let scores = score(text)
        let ranked = topicOrder.compactMap { code in scores[code].map { (code, $0) } }
            .sorted { $0.1.total > $1.1.total }
        guard let best = ranked.first else {
            return TopicAssignment(topic: fallbackTopic, confidence: 0, review: true)
        }
        let second = ranked.count > 1 ? ranked[1].1.total : 0
        let confidence = Self.confidence(best: best.1.total, second: second)
        return TopicAssignment(topic: best.0, confidence: confidence, review: confidence < minConfidence,
                               runnerUp: ranked.count > 1 ? ranked[1].0 : nil, evidence: best.1.phrases)
    }

    /// Share of the evidence that points at the best topic, times how much evidence there
    /// is: one two-syllable keyword alone gives 0.74, a one-syllable keyword alone 0.49.
    static func confidence(best: Double, second: Double) -> Double {
        let share = best / (best + second)
        let strength = 1 - exp(-best / 1.5)
        return (share * strength * 1000).rounded() / 1000
    }

    struct Score {
        var total = 0.0
        var phrases: [String] = []
    }

    /// Each keyword found counts its number of syllables, once per keyword.
    func score(_ text: String) -> [String: Score] {
        let unmarked = VietnameseText.lacksDiacritics(text)
        let words = VietnameseText.words(of: unmarked ? VietnameseText.fold(text) : VietnameseText.matchKey(text))
        let index = unmarked ? foldedByFirstWord : markedByFirstWord
        var found = Set<String>()
        var scores: [String: Score] = [:]
        for start in words.indices {
            for keyword in index[words[start]] ?? [] {
                let phrase = unmarked ? keyword.folded : keyword.marked
                guard !found.contains(keyword.phrase), Self.matches(words, phrase, at: start) else { continue }
                found.insert(keyword.phrase)
                scores[keyword.topic, default: Score()].total += Double(phrase.count)
                scores[keyword.topic]!.phrases.append(keyword.phrase)
            }
        }
        return scores
    }

    static func matches(_ words: [Substring], _ phrase: [Substring], at start: Int) -> Bool {
        start + phrase.count <= words.count && words[start..<start + phrase.count].elementsEqual(phrase)
    }
}
