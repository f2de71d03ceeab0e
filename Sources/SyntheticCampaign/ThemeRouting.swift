import DoiThoaiKit

/// Finds the campaign topic a theme belongs to by the topic keywords its requests contain,
/// so any campaign.yml works (Cao Bằng's ten topics, Thái Nguyên's five).
enum ThemeRouting {
    static func topic(for theme: Theme, in topics: [Topic]) -> Topic {
        let text = " " + words(theme.requestText) + " "
        let scores = topics.map { topic in
            topic.keywords.reduce(0) { score, keyword in
                let key = words(keyword)
                return text.contains(" " + key + " ") ? score + key.split(separator: " ").count : score
            }
        }
        guard let best = scores.max(), best > 0 else {
            return topics.first { VietnameseSpelling.ascii($0.code, separator: " ") == "khac" } ?? topics[topics.count - 1]
        }
        return topics[scores.firstIndex(of: best)!]
    }

    /// Lower-case words separated by single spaces, punctuation dropped.
    static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
