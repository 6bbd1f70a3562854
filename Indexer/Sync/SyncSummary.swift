/// What a sync did, counted by item.
public struct SyncSummary: Sendable, Equatable {
    public var full = false
    /// Went on from a run that was stopped (killed, or with failures).
    public var resumedRun = false
    public var new = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    public var failed = 0
    /// Items a stopped run had already stored, read back from the mirror instead of fetched.
    public var alreadyFetched = 0
    public var bytes = 0
    public var seconds = 0.0

    /// Whether the mirror's files changed (the index then needs a rebuild).
    public var changedFiles: Bool { new + changed + removed > 0 }

    /// "sync (changes): 3 new, 20 changed, 2 removed, 0 unchanged, 0 failed; 0.1 MB in 0.4 s"
    public var line: String {
        let kind = full ? "full gjennomgang" : "endringer"
        var text = "sync (\(kind)\(resumedRun ? ", gjenopptatt" : "")): \(new) nye, \(changed) endret, \(removed) fjernet, "
            + "\(unchanged) uendret, \(failed) feilet"
        if alreadyFetched > 0 { text += ", \(alreadyFetched) hentet før stoppet" }
        return text + "; \(SyncProgress.megabytes(bytes)) på \(String(format: "%.1f", seconds).replacingOccurrences(of: ".", with: ",")) s"
    }
}
