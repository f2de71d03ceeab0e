/// Decides, with confidence, what text a file holds when it is not plainly UTF-8: which
/// legacy encoding (Windows-1258, TCVN3, VNI-Windows), or whether double-encoded UTF-8 is
/// undone. Each decision is made on how Vietnamese the result looks (`VietnameseScorer`),
/// and a file that no decision fits is rejected with the scores, never passed on.
enum EncodingChooser {
    /// The legacy encodings tried on bytes that are not UTF-8.
    static let legacyEncodings: [TextEncoding] = [.windows1258, .tcvn3, .vniWindows]
    /// The winner's share of Vietnamese syllables among words with non-ASCII letters. Right
    /// tables give 95–100% on real text (proper names and typos make the rest); wrong ones
    /// under 50%, as a wrong table breaks most toned words.
    static let minimumShare = 0.75
    /// How far the winner must be ahead of the runner-up, in share.
    static let minimumLead = 0.25
    /// The fewest Vietnamese words the winner must show: one word is no evidence.
    static let minimumSyllables = 2
    /// The fewest double-encoding suspects for which a file that cannot be undone as a whole
    /// is rejected; one or two may be genuine text ("NGÃ" + a non-breaking space reads as
    /// a double-encoded "à"), and are left alone.
    static let minimumSuspects = 3

    /// The legacy encoding that clearly gives Vietnamese, decoded; else the problem.
    static func decodeLegacy(_ bytes: [UInt8]) -> Result<([UInt8], TextEncoding), DecodingProblem> {
        let sample = ScoringSample.of(bytes)
        // Ranked by share, ties in the order of `legacyEncodings` (Windows-1258 first: the
        // most common by far).
        let ranked = legacyEncodings.map { trial($0, on: sample) }.enumerated()
            .sorted { ($0.element.trial.score?.share ?? -1, -$0.offset) > ($1.element.trial.score?.share ?? -1, -$1.offset) }
            .map(\.element)
        let (best, runnerUp) = (ranked[0], ranked[1])
        if !isClearWinner(best.trial.score, over: runnerUp.trial.score) && !allAgree(ranked) {
            let trials = ranked.map(\.trial)
            let bothGood = (runnerUp.trial.score?.share ?? 0) >= minimumShare && (best.trial.score?.share ?? 0) >= minimumShare
            return .failure(bothGood ? .ambiguousEncoding(tried: trials) : .unrecognisedEncoding(tried: trials))
        }
        switch decode(bytes, as: best.trial.encoding) {
        case .success(let utf8): return .success((utf8, best.trial.encoding))
        case .failure(.invalidByte(let offset)): return .failure(.invalidByte(encoding: best.trial.encoding, byteOffset: offset))
        case .failure(.unavailable): return .failure(.unrecognisedEncoding(tried: ranked.map(\.trial)))
        }
    }

    /// Valid UTF-8 as it is, or undone when it is double-encoded (see `minimumSuspects`).
    static func resolve(_ bytes: ArraySlice<UInt8>, _ analysis: DoubleEncoding.Analysis, as encoding: TextEncoding)
        -> Result<([UInt8], TextEncoding), DecodingProblem>
    {
        let line = analysis.firstSuspectLine ?? 1
        if analysis.suspects == 0 || (!analysis.isRepairable && analysis.suspects < minimumSuspects) {
            return .success((Array(bytes), encoding))
        }
        if analysis.unrepresentable > 0 { return .failure(.doubleEncoded(line: line, flaw: .mixedWithCorrectText)) }
        guard analysis.brokenSequences == 0, let repaired = DoubleEncoding.repair(bytes) else {
            return .failure(.doubleEncoded(line: line, flaw: .bytesLost))
        }
        let before = VietnameseScorer.score(utf8: ScoringSample.of(Array(bytes)))
        let after = VietnameseScorer.score(utf8: ScoringSample.of(repaired))
        guard after.share >= minimumShare, after.share - before.share >= minimumLead else {
            return .failure(.doubleEncoded(line: line, flaw: .notVietnamese))
        }
        return .success((repaired, .utf8Repaired))
    }

    /// Whether `best` is clearly Vietnamese and clearly ahead of `runnerUp`.
    static func isClearWinner(_ best: VietnameseScore?, over runnerUp: VietnameseScore?) -> Bool {
        guard let best, best.syllables >= minimumSyllables, best.share >= minimumShare else { return false }
        return best.share - (runnerUp?.share ?? 0) >= minimumLead
    }

    /// Every encoding decodes the sample alike (its only non-ASCII bytes are punctuation
    /// they share, such as “ ” – …): then there is nothing to choose, and the first is taken.
    private static func allAgree(_ ranked: [(trial: EncodingTrial, sample: [UInt8]?)]) -> Bool {
        guard let first = ranked.first?.sample else { return false }
        return ranked.allSatisfy { $0.sample == first && $0.trial.score?.words == 0 }
    }

    private static func trial(_ encoding: TextEncoding, on sample: [UInt8]) -> (trial: EncodingTrial, sample: [UInt8]?) {
        switch decode(sample, as: encoding) {
        case .success(let utf8):
            return (EncodingTrial(encoding: encoding, outcome: .scored(VietnameseScorer.score(utf8: utf8))), utf8)
        case .failure(let failure):
            let outcome: EncodingTrial.Outcome = failure == .unavailable ? .unavailable : .invalidByte
            return (EncodingTrial(encoding: encoding, outcome: outcome), nil)
        }
    }

    /// Decodes `bytes` in a legacy encoding (only Windows-1258 leaves bytes undefined).
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> Result<[UInt8], LegacyDecodingFailure> {
        switch encoding {
        case .tcvn3: return .success(TCVN3Decoder.decode(bytes))
        case .vniWindows: return .success(VNIDecoder.decode(bytes))
        default:
            return CP1258Decoder.decode(bytes).mapError { failure in
                if case .invalidByte(let offset) = failure { return .invalidByte(offset: offset) }
                return .unavailable
            }
        }
    }

    /// Why a legacy decoding stopped.
    enum LegacyDecodingFailure: Error, Equatable {
        case invalidByte(offset: Int)
        case unavailable
    }
}
