import GuideKit

/// Where a build may put its index: only where nothing is, or where its own index is (any schema
/// version, damaged or not), so `--db` never destroys a file guide did not make. Asked by
/// `KnowledgeBase` before anything is opened, and again by `IndexBuilder` before it writes.
public enum IndexTarget {
    /// Throws `NotAnIndexError` unless a build may replace what is at `path`. An empty file is replaced:
    /// it holds nothing to lose, and `touch` is how a user may make one for guide. At the default place
    /// (`<corpus>/.guide-index.sqlite`, a hidden name only guide uses) a regular file that is not SQLite, or
    /// cannot be read, is taken for an index of guide damaged in its header, and rebuilt; elsewhere it may be the user's.
    public static func checkReplaceable(_ path: String, atDefaultPlace: Bool) throws {
        let kind = IndexFileKind.of(path)
        switch kind {
        case .nothing, .empty, .index: return
        case .notSQLite where atDefaultPlace, .unreadable where atDefaultPlace: return
        default: throw NotAnIndexError(path: path, kind: kind, throughLink: IndexFileKind.isSymbolicLink(path))
        }
    }
}

/// A file at the index path that guide did not make, left untouched.
public struct NotAnIndexError: Error, CustomStringConvertible {
    public let path: String
    public let kind: IndexFileKind
    /// Whether `path` is a symbolic link to what `kind` describes.
    public let throughLink: Bool

    public var description: String {
        let what = throughLink && kind != .danglingLink ? "a symbolic link to \(kind)" : "\(kind)"
        return "\(path) is not an index of guide (it is \(what)) and is left untouched; "
            + "choose another path for the index with '--db PATH' or $GUIDE_DB"
    }
}
