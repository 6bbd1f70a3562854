import Foundation

/// `guide eval` for people: the figures, then every query whose answer was not first.
public enum EvaluationRenderer {
    public static func render(_ evaluation: RelevanceEvaluation, style: TextStyle) -> String {
        var out = [String(format: "%d spørringer   hit@1 %.2f   hit@3 %.2f   MRR %.3f   nDCG@5 %.3f",
                          evaluation.queries.count, evaluation.hitAt1, evaluation.hitAt3, evaluation.mrr, evaluation.ndcg5)]
        let misses = evaluation.queries.filter { $0.answerRank != 1 }
        if !misses.isEmpty {
            out.append("")
            out.append(style.bold("Ikke først:"))
            for miss in misses {
                let rank = miss.answerRank.map { "svaret på plass \($0)" } ?? "svaret ikke funnet"
                let first = (miss.first ?? "ingen treff") + (miss.firstIsHearingDraft ? " [HØRINGSUTKAST]" : "")
                out.append(style.wrapped("\(miss.id) «\(miss.query)» – \(rank); først: \(first)",
                                         indent: "    ", firstIndent: "  "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
