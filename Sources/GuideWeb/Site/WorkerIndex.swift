import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// One worker thread's connection to the index, reopened when a rebuild has renamed a new file over
/// the path (its device and inode changed): a question asked during a rebuild is answered from the old
/// file or the new one, never a mix. An in-place update keeps the file, and `IndexStore.ask` notices
/// it by itself (`PRAGMA data_version`).
final class WorkerIndex {
    let path: String
    private var store: IndexStore?
    private var identity: FileIdentity?

    init(path: String) {
        self.path = path
    }

    /// The index as it is now at the path; the previous connection when the new file cannot be opened.
    func current() throws -> IndexStore {
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
}

/// What tells one file from its replacement at the same path.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
