import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// The entries of a directory, read with `readdir`. FileManager's listing (and URL's path) would cost
/// every one-shot command a search of the Swift runtime's conformance records, since a staleness
/// check lists the corpus before each search.
enum DirectoryListing {
    /// The names in the directory, without "." and "..", in no particular order.
    static func names(in path: String) throws -> [String] {
        guard let directory = opendir(path) else { throw CorpusError.unreadable(path, SystemErrorText.text(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The last component of a path ("/a/Corpus/" → "Corpus"), as URL.lastPathComponent has it.
    static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? (path.hasPrefix("/") ? "/" : "")
    }
}
