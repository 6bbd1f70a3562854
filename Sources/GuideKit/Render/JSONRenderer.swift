import Foundation

/// Stable JSON for scripts: sorted keys, pretty-printed, slashes and non-ASCII left as they are.
public enum JSONRenderer {
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The top-level shapes of `--json` output.
public struct SearchJSON: Encodable {
    public struct Correction: Encodable {
        public let typed: String
        public let searched: String
    }

    public let query: String
    public let terms: [String]
    public let corrections: [Correction]
    public let results: [SearchHit]
    /// Only in an answer without hits: what the index covers (else left out).
    public let coverage: IndexCoverage?
    /// Only when the relevance floor left hits out: how many and why (else left out).
    public let dropped: DroppedHits?
    /// Only when the query held filler words only: what the text output says (else left out).
    public let notice: String?
    /// Only when the question's shape asks for something (a checklist): what (else left out).
    public let intent: QueryIntent?
    public init(_ results: SearchResults, coverage: IndexCoverage? = nil) {
        self.coverage = coverage
        dropped = results.dropped
        notice = results.fillerOnly ? SearchRenderer.fillerOnlyNotice(results) : nil
        intent = results.analysis.intent
        query = results.query
        terms = results.terms
        corrections = results.analysis.corrections.map { Correction(typed: $0.typed, searched: $0.searched) }
        self.results = results.results
    }
}

public struct ShowJSON: Encodable {
    public let recommendation: ArticleDetail
    public init(_ article: ArticleDetail) { recommendation = article }
}

public struct ListJSON: Encodable {
    public let coverage: IndexCoverage
    public let guidelines: [GuidelineOutline]
    public init(_ guidelines: [GuidelineOutline], coverage: IndexCoverage) {
        self.coverage = coverage
        self.guidelines = guidelines
    }
}

/// `guide list --summary --json`.
public struct CoverageJSON: Encodable {
    public let coverage: IndexCoverage
    public init(_ coverage: IndexCoverage) { self.coverage = coverage }
}

public struct ExportJSON: Encodable {
    public let handout: Handout
    public init(_ handout: Handout) { self.handout = handout }
}
