import GuideKit

/// What a `KnowledgeBase` tells its caller while it works: the CLI writes these to stderr, a
/// server would log them. Nothing in them is a query.
public enum KnowledgeBaseEvent {
    /// A (re)build starts; the reason is nil when asked for (`guide index`), else why the index is stale.
    case building(reason: String?, corpusName: String)
    /// A problem in a corpus file that the build worked around (`path:line: warning: …`).
    case diagnostic(Diagnostic)
    /// No Norwegian word list on this machine: the index cannot tell a real word from a typo, so
    /// query correction only restores æ ø å.
    case noWordList(paths: [String])
    /// The new index is in place.
    case built(IndexBuilder.Report, indexPath: String)
    /// Guidelines written anew (`guidelines`: new or changed) and removed in place (`InPlaceUpdate`);
    /// the reason is nil when asked for (`guide index`). `filesRead`: the corpus files read for it (the
    /// changed ones and, for content-API JSON, the other files of their products).
    case updated(reason: String?, guidelines: Int, removed: Int, passages: Int, filesRead: Int, seconds: Double, indexPath: String)
    /// An in-place update failed and rolled back; a full rebuild follows.
    case updateFailed(reason: String)
    /// The rebuild failed and the previous index, which may not match the corpus, answers instead.
    case answeringFromPreviousIndex(after: IndexBuildError)
}
