/// The index's schema: every table's DDL (each kept in its table's file), assembled in one script
/// with its version. The version is stored as `PRAGMA user_version`; an index of another version is
/// rebuilt (by `guide`) or refused with a clear message (by `IndexStore`).
public enum IndexSchema {
    /// Bump on every change to the DDL or to what goes into it.
    /// 14: `articles.strength` dropped (the strength rule is `Article.strength`, applied on reading).
    /// 15: the file carries `applicationID`; `word_forms` (real word forms never corrected) and `meta` "wordlist".
    /// 16: `guidelines.source_id` and `licence` (content-API documents: item id, NLOD credit).
    /// 17: `guideline_files` (every file a guideline was read from: a content-API product's many).
    /// 18: `passages_by_article`, `mentions_by_article` (an in-place update finds a guideline's rows without scanning).
    /// 19: `concepts` (the concept lexicons: lay phrases ↔ the guidelines' terms).
    /// 20: `statements.norm` "legal_duty" (a duty with its legal basis cited), apart from "obligation".
    /// 21: `passages_fts` with `detail=none, columnsize=0` (nothing matches it; search reads `postings`).
    /// 22: `passages.text` NULL where it is its section's text (FTS5 reads `passages_content`),
    ///     `statements.text` NULL where it is its place in its section's text.
    /// 23: articles keyed by an integer (`articles.key`) that every table below them refers to instead of
    ///     the text id; `role_mentions` keyed by statement, its text NULL where it is its place in the
    ///     statement; a title statement's text NULL where it is its place in the title; a passage's
    ///     heading and a part of its section's text, a checklist item's text NULL (derived);
    ///     `statements_by_section` dropped, `vocabulary`'s indexes only of exact forms.
    /// 24: `guidelines.hearing_expected`, `hearing_passed_stated` (a hearing's expected completion, a
    ///     passed deadline stated without a date).
    public static let version = 24

    /// `PRAGMA application_id` (https://sqlite.org/pragma.html#pragma_application_id), the bytes "GdKB":
    /// marks the file as guide's index, so a build replaces only its own file (`IndexFileKind`). It
    /// sits in the database header at `applicationIDOffset`, readable without SQLite even when the
    /// rest of the file is damaged. Never changes, whatever the schema version.
    public static let applicationID: UInt32 = 0x4764_4B42
    /// Where the header keeps the application id, big-endian (https://sqlite.org/fileformat.html#the_database_header).
    public static let applicationIDOffset = 68

    /// FTS5 tokenizer for the passages: `NorwegianAnalyzer` (exact forms with æ ø å kept, plus
    /// stems at the same positions), registered by `IndexStore` on every connection.
    public static let tokenizer = NorwegianAnalyzer.name

    public static let ddl = [
        MetaRecord.ddl, CorpusFileRecord.ddl, GuidelineRecord.ddl, GuidelineFileRecord.ddl, ChapterRecord.ddl, ArticleRecord.ddl, SectionRecord.ddl,
        ChecklistRecord.ddl, LegalReferenceRecord.ddl, ActRecord.ddl, LinkRecord.ddl, LiteratureRecord.ddl,
        PassageRecord.ddl, VocabularyRecord.ddl, PostingsTable.ddl, PassageValuesTable.ddl, SynonymRecord.ddl, ConceptRecord.ddl,
        StatementRecord.ddl, RoleRecord.ddl, WordFormRecord.ddl,
    ].joined(separator: "\n")
}
