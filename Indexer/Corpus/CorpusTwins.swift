/// Guideline files that are copies of another: a name that differs only in case ("ALS.TXT" beside
/// "als.txt", "x.TXT" beside "x.txt") or exactly the same text. Indexing both would show the same
/// advice twice in every search, so one is kept and the copy skipped with a warning naming both.
struct CorpusTwins {
    /// For each name folded to lower case, the one name of its spellings that is indexed: the last in
    /// byte order, which prefers lower case ("als.txt" over "ALS.TXT", "x.txt" over "x.TXT").
    private let keptByFoldedName: [String: String]
    private var shownByText: [String: String] = [:]
    private let prefix: String

    /// `names` are all guideline file names of the corpus; `prefix` is how paths are shown ("Corpus").
    init(names: [String], prefix: String) {
        keptByFoldedName = Dictionary(names.map { ($0.lowercased(), $0) }, uniquingKeysWith: max)
        self.prefix = prefix
    }

    /// The warning for a file whose name is another's but for case, before it is read as text.
    func nameTwin(of name: String) -> String? {
        guard let kept = keptByFoldedName[name.lowercased()], kept != name else { return nil }
        return "same name as \(prefix)/\(kept) but for case; skipped"
    }

    /// The warning for a file whose text is an earlier file's, or nil (and the text remembered).
    mutating func textTwin(of text: String, shown: String) -> String? {
        if let first = shownByText[text] { return "same text as \(first); skipped" }
        shownByText[text] = shown
        return nil
    }
}
