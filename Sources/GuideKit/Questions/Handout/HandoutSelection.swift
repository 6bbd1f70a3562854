/// What a handout should hold: recommendation ids and/or words to search for, mixed as typed.
/// An argument that names a recommendation ("als/2.1") is an id; the others form the query.
public struct HandoutSelection: Sendable, Hashable {
    public var arguments: [String]
    /// At most this many recommendations from the search (ids asked for by name always come).
    public var limit: Int
    /// Include the rationale parts ("Begrunnelse – dette er rådet basert på").
    public var includeRationale: Bool
    /// The handout's title; by default the one guideline's title (never the query, which may describe a patient).
    public var title: String?
    /// The day the handout is made, as it should be printed.
    public var created: String?
    /// Take the recommendations a query finds whole, not only the parts that answer it
    /// (`HandoutTopic`); recommendations named by id are always whole.
    public var whole: Bool

    /// Search hits scoring at least this share of the best hit's score are taken: a topic's
    /// handout wants every recommendation that is clearly about it, not the long tail that merely
    /// mentions a word.
    public static let relevanceFloor = 0.3
    public static let defaultLimit = 10

    public init(arguments: [String], limit: Int = HandoutSelection.defaultLimit, includeRationale: Bool = false,
                title: String? = nil, created: String? = nil, whole: Bool = false) {
        self.arguments = arguments
        self.limit = limit
        self.includeRationale = includeRationale
        self.title = title
        self.created = created
        self.whole = whole
    }

    /// True for text shaped like an id ("<guideline>/<chapter>.<n>"), which is never taken as a
    /// query word: an unknown id is an error, not a search.
    static func looksLikeID(_ argument: String) -> Bool {
        guard let slash = argument.lastIndex(of: "/"), slash != argument.startIndex,
              !argument.contains(where: \.isWhitespace) else { return false }
        let number = argument[argument.index(after: slash)...].split(separator: ".", omittingEmptySubsequences: false)
        return number.count == 2 && number.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// The search hits to take: recommendations (text pages such as "Metode og prosess" give no
    /// advice) scoring above the relevance floor, best first, at most `limit`.
    static func cut(_ hits: [SearchHit], limit: Int) -> [SearchHit] {
        let advice = hits.filter { $0.recommendation?.kind == .recommendation }
        guard let best = advice.map(\.score).max(), best > 0 else { return [] }
        return Array(advice.filter { $0.score > 0 && $0.score >= best * relevanceFloor }.prefix(limit))
    }
}

/// Why no handout could be made.
public enum HandoutError: Error, CustomStringConvertible, Sendable {
    case nothingSelected(query: String)

    public var description: String {
        switch self {
        case .nothingSelected(let query) where query.isEmpty:
            "ingenting å eksportere: oppgi anbefalings-id-er (se 'guide list') eller ord å søke etter"
        case .nothingSelected:
            "ingen anbefaling passer til søket; prøv andre ord, eller oppgi id-er fra 'guide list'"
        }
    }
}
