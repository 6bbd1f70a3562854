/// What search's phrase check reads of a candidate passage (`QueryPhrases`): its article's and
/// section's titles, its guideline (whose title's words name nothing), and its text only when asked.
public struct PassagePhraseText: Sendable {
    public var guidelineID: String
    public var articleTitle: String
    public var sectionTitle: String?
    /// Nil when the text was not asked for.
    public var text: String?
}

extension IndexStore {
    /// The titles of the passages with these ids and the texts of those in `textIDs`, read with one
    /// statement (the ids drive the join): only what the phrase check scans, for every search.
    public func passagePhraseTexts(ids: [Int], textIDs: [Int]) throws -> [Int: PassagePhraseText] {
        var texts: [Int: PassagePhraseText] = [:]
        try db.forEachRow(Self.passagePhraseTextsSQL, [JSONList.integers(ids), JSONList.integers(textIDs)]) { row in
            texts[try row.int("id")] = PassagePhraseText(guidelineID: try row.text("guideline_id"), articleTitle: try row.text("article_title"),
                                                         sectionTitle: try row.optionalText("section_title"),
                                                         text: try row.optionalText("text"))
        }
        return texts
    }

    /// Made once: the statement cache is keyed by the text.
    private static let passagePhraseTextsSQL = """
        SELECT p.id AS id, a.guideline_id AS guideline_id, a.title AS article_title, s.title AS section_title,
               iif(p.id IN (SELECT value FROM json_each(?2)),
                   coalesce(p.text, iif(p.text_start IS NULL, s.text, substr(s.text, p.text_start + 1, p.text_length))), NULL) AS text
        FROM json_each(?1) j JOIN passages p ON p.id = j.value JOIN articles a ON a.key = p.article
        JOIN sections s ON s.id = p.section_id
        """
}
