import Foundation
import XCTest
@testable import DoiThoaiKit

/// How well the topic model learns (issue #5, "Measured quality"). A measurement, not a
/// test: it runs only under `make eval` (DOITHOAI_EVAL=1, release build), prints its
/// figures and asserts nothing about quality. Figures go to BENCHMARKS.md.
///
/// UIT-VSFC (`uit-vsfc/{train,dev}`): 11,426 students' feedback sentences labelled with four
/// topics, mapped to four topic codes of an evaluation campaign. The model trains on
/// `train` and is scored on `dev`: accuracy, weighted and macro F1, the confusion matrix.
final class ClassificationEvaluation: XCTestCase {
    static let topics = ["giang-vien", "chuong-trinh", "co-so-vat-chat", "khac"]

    override func setUpWithError() throws {
        guard ProcessInfo.processInfo.environment["DOITHOAI_EVAL"] == "1" else {
            throw XCTSkip("set DOITHOAI_EVAL=1 (and build with -c release) to evaluate classification: make eval")
        }
    }

    static func load(_ split: String) throws -> [TopicModel.Example] {
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: TestData.url("uit-vsfc/\(split)/\(name)"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
        let (texts, labels) = (try lines("sents.txt"), try lines("topics.txt"))
        precondition(texts.count == labels.count, "UIT-VSFC \(split): \(texts.count) sentences, \(labels.count) labels")
        return zip(texts, labels).map { TopicModel.Example(text: $0, topic: topics[Int($1)!]) }
    }

    func testTopicModelOnUITVSFC() throws {
        let (train, dev) = (try Self.load("train"), try Self.load("dev"))
        var start = GroupingEvaluation.now()
        let model = TopicModel(examples: train)
        let training = GroupingEvaluation.now() - start
        start = GroupingEvaluation.now()
        let predictions = model.predict(dev.map(\.text))
        let predicting = GroupingEvaluation.now() - start
        let predicted = predictions.map { $0.probabilities.max { $0.value < $1.value }!.key }
        // Whether the probabilities are usable as a confidence: the dev sentences' mean
        // cross-entropy, and the mean confidence beside the accuracy.
        let crossEntropy = zip(predictions, dev).map { -log(max($0.probabilities[$1.topic] ?? 0, 1e-12)) }.reduce(0, +) / Double(dev.count)
        let confidence = predictions.map { $0.probabilities.values.max()! }.reduce(0, +) / Double(dev.count)
        let scores = Scores(actual: dev.map(\.topic), predicted: predicted, topics: Self.topics)
        say("UIT-VSFC: trained on \(train.count) sentences in \(String(format: "%.2f", training)) s; "
            + "\(dev.count) dev sentences predicted in \(String(format: "%.2f", predicting)) s")
        say(String(format: "dev: accuracy %.3f, weighted F1 %.3f, macro F1 %.3f", scores.accuracy, scores.weightedF1, scores.macroF1))
        say(String(format: "dev: cross-entropy %.3f; mean confidence %.3f", crossEntropy, confidence))
        GroupingEvaluation.table(scores.report())
    }

    func say(_ line: String) { GroupingEvaluation.say(line) }
}

/// Accuracy, per-topic precision, recall and F1, and the confusion matrix.
struct Scores {
    let topics: [String]
    /// `matrix[actual][predicted]`.
    var matrix: [[Int]]

    init(actual: [String], predicted: [String], topics: [String]) {
        self.topics = topics
        matrix = Array(repeating: Array(repeating: 0, count: topics.count), count: topics.count)
        let index = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1, $0) })
        for (a, p) in zip(actual, predicted) { matrix[index[a]!][index[p]!] += 1 }
    }

    var total: Int { matrix.joined().reduce(0, +) }
    var accuracy: Double { Double(topics.indices.map { matrix[$0][$0] }.reduce(0, +)) / Double(total) }
    func support(_ t: Int) -> Int { matrix[t].reduce(0, +) }
    func precision(_ t: Int) -> Double {
        let column = matrix.map { $0[t] }.reduce(0, +)
        return column == 0 ? 0 : Double(matrix[t][t]) / Double(column)
    }
    func recall(_ t: Int) -> Double { support(t) == 0 ? 0 : Double(matrix[t][t]) / Double(support(t)) }
    func f1(_ t: Int) -> Double {
        let (p, r) = (precision(t), recall(t))
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    var macroF1: Double { topics.indices.map(f1).reduce(0, +) / Double(topics.count) }
    var weightedF1: Double { topics.indices.map { f1($0) * Double(support($0)) }.reduce(0, +) / Double(total) }

    func report() -> [String] {
        ["| topic | precision | recall | F1 | sentences | predicted as: " + topics.joined(separator: " / ") + " |",
         "|---|---|---|---|---|---|"]
            + topics.indices.map { t in
                String(format: "| %@ | %.3f | %.3f | %.3f | %d | ", topics[t], precision(t), recall(t), f1(t), support(t))
                    + matrix[t].map(String.init).joined(separator: " / ") + " |"
            }
    }
}
