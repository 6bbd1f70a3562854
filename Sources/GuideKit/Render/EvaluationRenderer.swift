import Foundation

/// `guide eval` for people: the figures (per kind when the ids name kinds), then every query whose
/// answer was not first, then every query whose top hit's passage lacks the answer text — each list
/// grouped by kind, so whoever tunes the ranking sees which kinds of question fail.
public enum EvaluationRenderer {
    public static func render(_ evaluation: RelevanceEvaluation, style: TextStyle) -> String {
        var head = String(format: "%d spørringer   hit@1 %.2f   hit@3 %.2f   MRR %.3f   nDCG@5 %.3f",
                          evaluation.queries.count, evaluation.hitAt1, evaluation.hitAt3, evaluation.mrr, evaluation.ndcg5)
        if let passage = evaluation.passageAt1 {
            head += String(format: "   passage@1 %.2f", passage)
            if evaluation.passageJudged < evaluation.queries.count { head += " (av \(evaluation.passageJudged) med svartekst)" }
        }
        var out = [head]
        if !evaluation.kinds.isEmpty {
            out.append("")
            out.append(style.bold("Per slag:"))
            let width = evaluation.kinds.map(\.kind.count).max() ?? 0
            for kind in evaluation.kinds {
                var line = "  " + kind.kind.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: "  %3d   hit@1 %.2f", kind.queries, kind.hitAt1)
                if let passage = kind.passageAt1 { line += String(format: "   passage@1 %.2f", passage) }
                out.append(line)
            }
        }
        let misses = evaluation.queries.filter { $0.answerRank != 1 }
        if !misses.isEmpty {
            out.append("")
            out.append(style.bold("Ikke først:"))
            for miss in misses {
                let rank = miss.answerRank.map { "svaret på plass \($0)" } ?? "svaret ikke funnet"
                out.append(style.wrapped("\(miss.id) «\(miss.query)» – \(rank); først: \(firstHit(miss))",
                                         indent: "    ", firstIndent: "  "))
            }
        }
        let passageMisses = evaluation.queries.filter { $0.passageHoldsAnswer == false }
        if !passageMisses.isEmpty {
            out.append("")
            out.append(style.bold("Svaret ikke i første treffs avsnitt:"))
            for miss in passageMisses {
                out.append(style.wrapped("\(miss.id) «\(miss.query)» – først: \(firstHit(miss))", indent: "    ", firstIndent: "  "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The first hit's title, its part when named, and the draft flag.
    private static func firstHit(_ outcome: RelevanceEvaluation.QueryOutcome) -> String {
        guard let first = outcome.first else { return "ingen treff" }
        let part = outcome.passageHoldsAnswer != nil ? outcome.firstPassage.map { " › \($0)" } ?? "" : ""
        return first + part + (outcome.firstIsHearingDraft ? " [HØRINGSUTKAST]" : "")
    }
}
