import Foundation
import GuideKit

/// Concept lexicons: one concept per line, `lay phrase, lay phrase … = term, term …` (`#` starts a
/// comment). The built-in lexicon is `Indexer/Resources/concepts.tsv`; a corpus may add its own
/// `concepts.tsv`. Trainers extend them without touching code; a changed file makes the next `guide`
/// command rebuild the index.
public enum ConceptFile {
    public static let name = "concepts.tsv"

    /// The concept files that apply to a corpus, as (shown path, contents): built-in first.
    static func sources(for corpus: String) -> [(path: String, data: Data)] {
        locations(for: corpus).compactMap { location in
            CorpusFileReader.contents(location.file, inCorpus: location.inCorpus, corpus: corpus).map { (location.path, $0) }
        }
    }

    /// Where the concept files may be, as (shown path, file path): the built-in one (when the
    /// resource bundle has it) and the corpus's own.
    static func locations(for corpus: String) -> [(path: String, file: String, inCorpus: Bool)] {
        var locations: [(String, String, Bool)] = []
        if let file = BuiltInResource.path("concepts", extension: "tsv") {
            locations.append(("Indexer/Resources/\(name)", file, false))
        }
        locations.append(("\(DirectoryListing.lastComponent(of: corpus))/\(name)", "\(corpus)/\(name)", true))
        return locations
    }

    public static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [Concept] {
        var concepts: [Concept] = []
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let sides = line.split(separator: "=", omittingEmptySubsequences: false).map(phrases)
            func problem(_ message: String) {
                diagnostics.append(Diagnostic(path: path, line: index + 1, message: message))
            }
            guard sides.count == 2, !sides[0].isEmpty, let first = sides[1].first else {
                problem("et begrep skrives 'folkelig uttrykk, … = fagord, …'")
                continue
            }
            guard QueryTerms.tokens(first).count == 1 else {
                problem("det første fagordet gir begrepet navn og må være ett ord: '\(first)'")
                continue
            }
            let layPhrases = sides[0].filter { !Concept.matchingStems($0).isEmpty }
            if layPhrases.count < sides[0].count { problem("et folkelig uttrykk med bare fyllord er utelatt") }
            guard !layPhrases.isEmpty else { continue }
            concepts.append(Concept(layPhrases: layPhrases, terms: sides[1], line: index + 1))
        }
        return concepts
    }

    /// The comma-separated phrases of one side, as lower-cased words.
    private static func phrases(_ side: Substring) -> [String] {
        side.split(separator: ",").map { QueryTerms.tokens(String($0)).joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
