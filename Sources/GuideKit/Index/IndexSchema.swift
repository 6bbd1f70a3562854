/// The index's tables. The version is stored as `PRAGMA user_version`; an index of another
/// version is rebuilt (by `guide`) or refused with a clear message (by the library).
public enum IndexSchema {
    /// Bump on every change to the DDL below or to what goes into it.
    public static let version = 13

    /// FTS5 tokenizer for the passages: `NorwegianAnalyzer` (exact forms with æ ø å kept, plus
    /// stems at the same positions). Every connection registers it before touching the index.
    public static let tokenizer = NorwegianAnalyzer.name

    /// Column weights for bm25: heading (article and section titles) above body text.
    public static let headingWeight = 4.0
    public static let textWeight = 1.0

    public static let ddl = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- stamp: size, mtime, ctime, inode of the file (and its .meta) when it was settled and still held
    -- the hashed content; a command hashes only files whose stamp moved (NULL: always hash it).
    CREATE TABLE corpus_files(path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL, stamp TEXT);
    CREATE TABLE guidelines(
        id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT NOT NULL, publisher TEXT, kind TEXT,
        status TEXT NOT NULL, hearing_deadline TEXT, url TEXT, accessed TEXT, year TEXT, first_published TEXT, last_changed TEXT,
        source_path TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL, place TEXT);
    CREATE TABLE chapters(
        id INTEGER PRIMARY KEY, guideline_id TEXT NOT NULL REFERENCES guidelines(id), number INTEGER NOT NULL,
        title TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE TABLE articles(
        id TEXT PRIMARY KEY, guideline_id TEXT NOT NULL REFERENCES guidelines(id),
        chapter_id INTEGER NOT NULL REFERENCES chapters(id), ordinal INTEGER NOT NULL, kind TEXT NOT NULL,
        title TEXT NOT NULL, url TEXT, source_path TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
        strength TEXT);
    CREATE TABLE sections(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        title TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE TABLE checklists(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
        section_id INTEGER NOT NULL REFERENCES sections(id), ordinal INTEGER NOT NULL, lead_in TEXT NOT NULL,
        first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
        -- What the list is about (ChecklistTopic: plan, tasks, questions, assessment, other) and the
        -- plan it is about ("individuell plan"), both read from its lead-in when the index is built.
        topic TEXT NOT NULL DEFAULT 'other', plan_kind TEXT);
    CREATE TABLE checklist_items(
        id INTEGER PRIMARY KEY, checklist_id INTEGER NOT NULL REFERENCES checklists(id),
        parent_id INTEGER REFERENCES checklist_items(id), ordinal INTEGER NOT NULL, depth INTEGER NOT NULL,
        text TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE TABLE legal_references(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        act TEXT NOT NULL, section TEXT, part TEXT, url TEXT, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    -- The act registry (Indexer/Structure/Legal), copied when the index is built so that queries
    -- resolve "hpl", "lov om helsepersonell" or "helsepersonellovens" as the indexer does: every
    -- known act (cited or not) with its lovdata.no address, and every name form keyed lower case
    -- without trailing dots (ActName.lookupKey). The registry stays the one source of these forms.
    CREATE TABLE acts(name TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, kind TEXT NOT NULL, url TEXT);
    CREATE TABLE act_names(
        alias TEXT PRIMARY KEY, act TEXT NOT NULL REFERENCES acts(name), abbreviation INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE links(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        text TEXT, url TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE TABLE literature(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        text TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    -- What search ranks: one row per section (without its checklists) and per checklist.
    CREATE TABLE passages(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
        section_id INTEGER NOT NULL REFERENCES sections(id), checklist_id INTEGER REFERENCES checklists(id),
        kind TEXT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL,
        first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE VIRTUAL TABLE passages_fts USING fts5(
        heading, text, content='passages', content_rowid='id', tokenize='\(tokenizer)');
    -- Every indexed term with its document frequency: exact forms (with their æ ø å-folded spelling,
    -- for queries typed without those letters, and their length, for typo correction) and "_"-stems.
    CREATE VIRTUAL TABLE passages_terms USING fts5vocab(passages_fts, row);
    CREATE TABLE vocabulary(
        term TEXT PRIMARY KEY, folded TEXT, length INTEGER NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX vocabulary_by_folded ON vocabulary(folded);
    CREATE INDEX vocabulary_by_length ON vocabulary(length);
    -- Every term FTS5 indexed with its posting list (PostingList), and every passage's length in
    -- tokens as FTS5 counts it for bm25 (PassageValues): what search scores passages from (PassageRanking).
    CREATE TABLE postings(term TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
    -- The number of passages is kept with their lengths: counting the passages table reads all of it.
    CREATE TABLE passage_lengths(id INTEGER PRIMARY KEY CHECK (id = 0), passages INTEGER NOT NULL, data BLOB NOT NULL);
    -- Every passage's article as its place in id order (PassageValues): search keeps the best passage
    -- of each article, and ties go to the first id, without looking each passage up.
    CREATE TABLE passage_articles(id INTEGER PRIMARY KEY CHECK (id = 0), data BLOB NOT NULL);
    -- Words and phrases that mean the same (Corpus/synonyms.tsv): one group per line there. A
    -- query looks up the phrases beginning with one of its words (QueryTerms.tokens).
    CREATE TABLE synonyms(group_id INTEGER NOT NULL, phrase TEXT NOT NULL, first_word TEXT NOT NULL);
    CREATE INDEX synonyms_by_phrase ON synonyms(phrase);
    CREATE INDEX synonyms_by_first_word ON synonyms(first_word);
    CREATE INDEX synonyms_by_group ON synonyms(group_id, phrase);
    CREATE INDEX articles_by_guideline ON articles(guideline_id, ordinal);
    CREATE INDEX sections_by_article ON sections(article_id, ordinal);
    CREATE INDEX checklists_by_article ON checklists(article_id, ordinal);
    CREATE INDEX checklists_by_topic ON checklists(topic);
    CREATE INDEX items_by_checklist ON checklist_items(checklist_id, ordinal);
    CREATE INDEX legal_by_article ON legal_references(article_id, ordinal);
    CREATE INDEX legal_by_act ON legal_references(act, section);
    CREATE INDEX links_by_article ON links(article_id, ordinal);
    -- Sentences with their norm (Indexer/Structure/Normative): the title (section_id NULL), each
    -- sentence of a part, each checklist lead-in and item. start/end place the sentence in its
    -- section's text, cue_start/cue_end the cue in the sentence, in Unicode scalars.
    -- articles.strength is the norm of the title.
    CREATE TABLE statements(
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
        section_id INTEGER REFERENCES sections(id), checklist_id INTEGER REFERENCES checklists(id), item INTEGER,
        ordinal INTEGER NOT NULL, unit TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        norm TEXT NOT NULL, direction TEXT, cue TEXT, cue_start INTEGER, cue_end INTEGER,
        first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    -- The role lexicon (Indexer/Resources/roles.tsv), copied so that queries resolve "fastlegen" or
    -- "ALS-koordinatoren" as the indexer does: names keyed by their words' stems (RoleLexicon.key).
    CREATE TABLE roles(name TEXT PRIMARY KEY, ordinal INTEGER NOT NULL);
    CREATE TABLE role_names(key TEXT PRIMARY KEY, role TEXT NOT NULL REFERENCES roles(name), form TEXT NOT NULL) WITHOUT ROWID;
    -- Each role named in a statement; actor = 1 when the role is the one to act.
    CREATE TABLE role_mentions(
        id INTEGER PRIMARY KEY, role TEXT NOT NULL REFERENCES roles(name), article_id TEXT NOT NULL REFERENCES articles(id),
        statement_id INTEGER NOT NULL REFERENCES statements(id), text TEXT NOT NULL, start INTEGER NOT NULL,
        end INTEGER NOT NULL, actor INTEGER NOT NULL);
    CREATE INDEX statements_by_article ON statements(article_id, ordinal);
    CREATE INDEX statements_by_section ON statements(section_id, checklist_id);
    CREATE INDEX mentions_by_role ON role_mentions(role, actor, article_id);
    CREATE INDEX mentions_by_statement ON role_mentions(statement_id);
    """
}
