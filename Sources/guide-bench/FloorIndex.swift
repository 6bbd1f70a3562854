import GuideKit

/// The floor our search is measured against (`FloorStore`: a bare FTS5 table over the same
/// passages with the stock `unicode61` tokenizer), queried as a naive program would: every typed
/// word quoted and OR-ed (a sentence AND-ed finds nothing), best bm25 first, ten rows. No stems,
/// corrections, synonyms, coverage, grouping, snippets or metadata.
struct FloorIndex {
    static func sql(_ expression: String) -> String { FloorStore.sql(expression) }

    /// The naive expression: letters-and-digits words, each quoted, OR-ed; nil when there are none.
    static func expression(_ query: String) -> String? {
        let words = query.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return words.isEmpty ? nil : words.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    /// Builds the floor table at `path` from the passages of our index at `indexPath`.
    static func build(at path: String, from indexPath: String) throws {
        try FloorStore.build(at: path, from: indexPath)
    }

    private let store: FloorStore

    init(path: String) throws {
        store = try FloorStore(path: path)
    }

    func search(_ query: String) throws -> [Row] {
        guard let expression = Self.expression(query) else { return [] }
        return try store.search(expression)
    }
}
