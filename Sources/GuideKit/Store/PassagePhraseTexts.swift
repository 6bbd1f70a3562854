/// What search's phrase check reads of a candidate passage (`QueryPhrases`) besides its text: its
/// article's and section's titles, and its guideline (whose title's words name nothing).
public struct PassagePhraseTitles: Sendable {
    public var guidelineID: String
    public var articleTitle: String
    public var sectionTitle: String?
}

extension IndexStore {
    /// Calls `body` with the titles of each passage with these ids and, for those in `textIDs`, its
    /// text's UTF-8 bytes in place (valid only during the call; nil when not asked for), read with
    /// one statement (the ids drive the join): only what the phrase check scans, for every search,
    /// and no string made of a text it only scans.
    public func forEachPassagePhraseText(ids: [Int], textIDs: [Int],
                                         _ body: (_ id: Int, _ titles: PassagePhraseTitles, _ text: UnsafeRawBufferPointer?) throws -> Void) throws {
        try db.forEachRow(Self.passagePhraseTextsSQL, [JSONList.integers(ids), JSONList.integers(textIDs)]) { row in
            let titles = PassagePhraseTitles(guidelineID: try row.text("guideline_id"), articleTitle: try row.text("article_title"),
                                             sectionTitle: try row.optionalText("section_title"))
            try body(try row.int("id"), titles, try row.optionalInt("has_text") == 1 ? try row.blob("text") : nil)
        }
    }

    /// Made once: the statement cache is keyed by the text.
    private static let passagePhraseTextsSQL = """
        SELECT p.id AS id, a.guideline_id AS guideline_id, a.title AS article_title, s.title AS section_title,
               t.value IS NOT NULL AS has_text,
               iif(t.value IS NOT NULL,
                   coalesce(p.text, iif(p.text_start IS NULL, s.text, substr(s.text, p.text_start + 1, p.text_length))), NULL) AS text
        FROM json_each(?1) j JOIN passages p ON p.id = j.value JOIN articles a ON a.key = p.article
        JOIN sections s ON s.id = p.section_id LEFT JOIN (SELECT DISTINCT value FROM json_each(?2)) t ON t.value = p.id
        """
}
