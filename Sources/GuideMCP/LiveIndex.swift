import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// The index a session answers from, followed while the server runs. An in-place update changes the
/// open file, which `IndexStore.ask` notices by itself; a rebuild renames a new file over the path,
/// which an open connection never sees, so each question first compares the path's file (device and
/// inode, one `stat`) with the open one and reopens when it was replaced. A new file that cannot be
/// opened leaves the old one answering. Owned by one thread, as its `IndexStore` is.
final class LiveIndex {
    private let path: String
    private var store: IndexStore
    private var identity: FileIdentity?

    init(path: String, store: IndexStore) {
        self.path = path
        self.store = store
        identity = FileIdentity(path: path)
    }

    /// The store to ask now: the open one, or the file now at the path.
    func current() -> IndexStore {
        let now = FileIdentity(path: path)
        if let now, now != identity, let reopened = try? IndexStore(path: path) {
            store = reopened
            identity = now
        }
        return store
    }

    func ask<Q: Question>(_ question: Q) throws -> Q.Answer {
        try current().ask(question)
    }

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
}
