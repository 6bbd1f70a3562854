import Foundation
import GuideKit

/// Synonym files: one group of equivalent words or phrases per line, separated by commas or tabs
/// (`selvmord, suicidalitet`); `#` starts a comment. The built-in list is `Indexer/Resources/synonyms.tsv`;
/// a corpus may add its own `synonyms.tsv`. Trainers extend them without touching code; a changed
/// file makes the next `guide` command rebuild the index.
public enum SynonymFile {
    public static let name = "synonyms.tsv"

    /// The synonym files that apply to a corpus, as (shown path, contents): built-in first.
    static func sources(for corpus: String) -> [(path: String, data: Data)] {
        locations(for: corpus).compactMap { location in
            CorpusFileReader.contents(location.file, inCorpus: location.inCorpus, corpus: corpus).map { (location.path, $0) }
        }
    }

    /// Where the synonym files may be, as (shown path, file path): the built-in one (when the
    /// resource bundle has it) and the corpus's own.
    static func locations(for corpus: String) -> [(path: String, file: String, inCorpus: Bool)] {
        var locations: [(String, String, Bool)] = []
        if let file = BuiltInResource.path("synonyms", extension: "tsv") {
            locations.append(("Indexer/Resources/\(name)", file, false))
        }
        locations.append(("\(DirectoryListing.lastComponent(of: corpus))/\(name)", "\(corpus)/\(name)", true))
        return locations
    }

    public static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [SynonymGroup] {
        var groups: [SynonymGroup] = []
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let phrases = line.split(whereSeparator: { $0 == "," || $0 == "\t" })
                .map { QueryTerms.tokens(String($0)).joined(separator: " ") }
                .filter { !$0.isEmpty }
            if phrases.isEmpty { continue }
            guard Set(phrases).count >= 2 else {
                diagnostics.append(Diagnostic(path: path, line: index + 1, message: "en synonymgruppe trenger minst to forskjellige ord"))
                continue
            }
            groups.append(SynonymGroup(phrases: phrases, line: index + 1))
        }
        return groups
    }
}
