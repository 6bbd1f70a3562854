import Foundation

/// What the mirror knows between runs (`.sync-state.json` in it): when the last complete sync
/// started (the change feed is asked from then), where each stored item is fetched from, and what
/// a run in progress has done, so a rerun after a kill goes on instead of starting over.
struct SyncState: Codable, Equatable {
    /// A run not yet complete.
    struct Run: Codable, Equatable {
        /// A walk of every product, or the items the change feed named.
        var full: Bool
        /// When it started ("YYYY-MM-DDTHH:MM:SS", UTC): the next `since` once it completes.
        var started: String
        /// Where the walk starts: the products listed, or the ids of the change feed.
        var roots: [Root]
        /// Items fetched and stored (or found gone) in this run: a rerun reads them from the mirror.
        var done: Set<String>
    }

    struct Root: Codable, Equatable {
        var id: String
        var path: String
    }

    static let version = 1

    var version = SyncState.version
    /// The start of the last complete sync; nil before the first.
    var lastComplete: String?
    /// Every stored item's id → the API path it is fetched from.
    var paths: [String: String] = [:]
    var run: Run?

    /// The state in the mirror; an empty one when there is none. A damaged or unknown state is an
    /// empty one too (the warning says so): the next run then walks everything.
    static func load(from path: String, warn: (String) -> Void) -> SyncState {
        guard let data = FileManager.default.contents(atPath: path) else { return SyncState() }
        guard let state = try? JSONDecoder().decode(SyncState.self, from: data), state.version == version else {
            warn("\(path): the sync state cannot be read; walking every product again")
            return SyncState()
        }
        return state
    }

    func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try ContentMirror.writeAtomically(try encoder.encode(self), to: path, hiddenName: ContentMirror.stateName)
    }
}
