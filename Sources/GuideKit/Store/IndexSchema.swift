/// The index's schema: every table's DDL (each kept in its table's file), assembled in one script
/// with its version. The version is stored as `PRAGMA user_version`; an index of another version is
/// rebuilt (by `guide`) or refused with a clear message (by `IndexStore`).
public enum IndexSchema {
    /// Bump on every change to the DDL or to what goes into it.
    /// 14: `articles.strength` dropped (the strength rule is `Article.strength`, applied on reading).
    /// 15: `word_forms` (real word forms never corrected) and `meta` "wordlist".
    public static let version = 15

    /// FTS5 tokenizer for the passages: `NorwegianAnalyzer` (exact forms with æ ø å kept, plus
    /// stems at the same positions), registered by `IndexStore` on every connection.
    public static let tokenizer = NorwegianAnalyzer.name

    public static let ddl = [
        MetaRecord.ddl, CorpusFileRecord.ddl, GuidelineRecord.ddl, ChapterRecord.ddl, ArticleRecord.ddl, SectionRecord.ddl,
        ChecklistRecord.ddl, LegalReferenceRecord.ddl, ActRecord.ddl, LinkRecord.ddl, LiteratureRecord.ddl,
        PassageRecord.ddl, VocabularyRecord.ddl, PostingsTable.ddl, PassageValuesTable.ddl, SynonymRecord.ddl,
        StatementRecord.ddl, RoleRecord.ddl, WordFormRecord.ddl,
    ].joined(separator: "\n")
}
