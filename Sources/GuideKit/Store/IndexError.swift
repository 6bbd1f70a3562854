/// Why an index cannot be used, in words that say what to do.
public enum IndexError: Error, CustomStringConvertible, Sendable {
    case missing(path: String)
    case wrongSchema(path: String, found: Int, expected: Int)
    case unreadable(path: String, reason: String)
    case unknownArticle(String)
    case ambiguousArticle(String, candidates: [String])
    case unusableWithoutCorpus(path: String, reason: String, corpus: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "ingen indeks i \(path); kjør 'guide index' for å bygge den"
        case .wrongSchema(let path, let found, let expected):
            "indeksen \(path) har skjemaversjon \(found), denne guide trenger \(expected); kjør 'guide index' for å bygge den på nytt"
        case .unreadable(let path, let reason):
            "kan ikke bruke indeksen \(path): \(reason); kjør 'guide index' for å bygge den på nytt"
        case .unknownArticle(let id):
            "ingen anbefaling har id-en '\(id)'; 'guide list' viser id-ene"
        case .ambiguousArticle(let id, let candidates):
            "id-en '\(id)' passer til flere anbefalinger: \(candidates.prefix(5).joined(separator: ", "))"
        case .unusableWithoutCorpus(let path, let reason, let corpus):
            "kan ikke bruke indeksen \(path): \(reason); det finnes ikke noe korpus i \(corpus) å bygge den på nytt fra: "
                + "bygg den på nytt med 'guide index --corpus DIR --db \(path)', eller slett den"
        }
    }
}
