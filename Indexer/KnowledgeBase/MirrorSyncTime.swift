import Foundation

/// When the content API's mirror in a corpus was last synced completely: `lastComplete` of its
/// `.sync-state.json`, which `guide-sync` writes (`SyncState` in `Indexer/Sync/`). Read here with
/// JSONSerialization, one field only, because `guide` does not link GuideSync (URLSession's libraries).
public enum MirrorSyncTime {
    static let stateName = ".sync-state.json"

    /// Nil when the corpus has no mirror, it was never synced completely, or its state cannot be read.
    public static func lastComplete(corpusPath: String) -> String? {
        let path = corpusPath + "/" + CorpusScanner.contentAPIFolder + "/" + stateName
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["lastComplete"] as? String
    }
}

extension KnowledgeBase {
    /// The mirror's last complete sync (`MirrorSyncTime`); nil without a corpus.
    public var mirrorLastSynced: String? {
        location.corpusExists ? MirrorSyncTime.lastComplete(corpusPath: location.corpusPath) : nil
    }
}
