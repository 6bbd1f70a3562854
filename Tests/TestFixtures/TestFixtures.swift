import Foundation

/// Where the tests' own data lies, for every test target: the copy of the bundled corpus kept here,
/// the reader fixtures, the judged queries. Tests build from these, or from files they write, never
/// from the checkout's `Corpus/`, which is the user's to change (the README invites adding guidelines
/// there) and where `guide` keeps its default index.
public enum TestFixtures {
    /// `Tests/`, found from this file's place in the source tree; the one place tests locate files by
    /// `#filePath` (`TestDataRuleTests` holds that).
    public static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/TestFixtures/`, the parent of the corpus copy: documents are named relative to it
    /// ("Corpus/als-samhandling-og-oppfolging.txt"), as the corpus scanner names the live ones.
    public static let directory = testsDirectory.appendingPathComponent("TestFixtures")

    /// An exact copy of `Corpus/` as bundled: two hearing drafts from Helsedirektoratet (ALS, ME/CFS)
    /// with their `.meta`. Read it directly; build indexes from `corpusCopy`, never in it.
    public static let bundledCorpus = directory.appendingPathComponent("Corpus")

    /// Real Helsedirektoratet and Helsebiblioteket pages as stored copies (NLOD 2.0, credit Helsedirektoratet;
    /// `Pages-INDEX.md` beside the folder says what each is, so the folder holds pages only): line 1
    /// `SOURCE-URL: <address>`, then the page text unchanged, most cut at about 2000 bytes. Never edited: they
    /// are the unseen kind of page the readers must cope with, and the distractors beside the bundled corpus
    /// for the judged queries.
    public static let distractorPages = directory.appendingPathComponent("Pages")

    /// The reader fixtures: invented guidelines in every format, also distractors for search.
    public static let readerFixtures = testsDirectory.appendingPathComponent("IndexerTests/Fixtures")

    /// A fake of Helsedirektoratet's content API (python3, standard library) that sync tests start.
    public static let fakeContentAPI = testsDirectory.appendingPathComponent("Support/fake_hapi.py")

    /// Our judged queries and their keys (`queries.own.tsv`, `keys.tsv`).
    public static let judgedQueries = testsDirectory.appendingPathComponent("GuideKitTests/Relevance")

    /// The team's shared evaluation folder beside the checkout (development queries, Snowball's
    /// vocabulary); a clone alone does not have it, so tests that use it skip without it.
    public static let sharedEvaluation = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/eval")

    /// A private copy of the bundled corpus, with the files of `extra` folders added, as `Corpus/` in a
    /// new temporary directory (`guide-<label>-<uuid>`); hidden files (an index) are not copied.
    public static func corpusCopy(label: String, adding extra: [URL] = []) throws -> URL {
        let corpus = FileManager.default.temporaryDirectory
            .appendingPathComponent("guide-\(label)-\(UUID().uuidString)/Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for folder in [bundledCorpus] + extra {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
                try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
            }
        }
        return corpus
    }
}
