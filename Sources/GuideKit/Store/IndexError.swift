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
            "no index at \(path); run 'guide index' to build it"
        case .wrongSchema(let path, let found, let expected):
            "index \(path) has schema version \(found), this guide needs \(expected); run 'guide index' to rebuild it"
        case .unreadable(let path, let reason):
            "cannot use index \(path): \(reason); run 'guide index' to rebuild it"
        case .unknownArticle(let id):
            "no recommendation with id '\(id)'; 'guide list' shows the ids"
        case .ambiguousArticle(let id, let candidates):
            "id '\(id)' matches several recommendations: \(candidates.prefix(5).joined(separator: ", "))"
        case .unusableWithoutCorpus(let path, let reason, let corpus):
            "cannot use index \(path): \(reason); there is no corpus at \(corpus) to rebuild it from: "
                + "rebuild it with 'guide index --corpus DIR --db \(path)', or delete it"
        }
    }
}
