import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The index at a path, followed while a server runs: one per worker thread, as its `IndexStore`.
/// An in-place update changes the open file, which `IndexStore.ask` notices by itself (`PRAGMA
/// data_version`); a rebuild renames a new file over the path, which an open connection never sees,
/// so each question first compares the path's file (device and inode, one `stat`) with the open one
/// and reopens when it was replaced. A question is answered from the old file or the new one, never a
/// mix, and a new file that cannot be opened leaves the old one answering.
public final class FollowedIndex {
    public let path: String
    private var store: IndexStore?
    private var identity: FileIdentity?

    /// `store`: a connection already open on `path`, if the caller has one.
    public init(path: String, store: IndexStore? = nil) {
        self.path = path
        self.store = store
        if store != nil { identity = FileIdentity(path: path) }
    }

    /// The index as it is now at the path; the previous connection when the new file cannot be opened.
    public func current() throws -> IndexStore {
        let now = FileIdentity(path: path)
        if let store, now == nil || now == identity { return store }
        do {
            let opened = try IndexStore(path: path)
            store = opened
            identity = now
            return opened
        } catch {
            guard let store else { throw error }
            return store
        }
    }

    public func ask<Q: Question>(_ question: Q) throws -> Q.Answer {
        try current().ask(question)
    }
}

/// What tells one file from its replacement at the same path.
private struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
