import GuideKit

/// Where a build may put its index: only where nothing is, or where its own index is (any schema
/// version, damaged or not), so `--db` never destroys a file guide did not make. Asked by
/// `KnowledgeBase` before anything is opened, and again by `IndexBuilder` before it writes.
public enum IndexTarget {
    /// Throws `NotAnIndexError` unless a build may replace what is at `path` (see `refusal`).
    public static func checkReplaceable(_ path: String, atDefaultPlace: Bool) throws {
        if let refusal = refusal(at: path, atDefaultPlace: atDefaultPlace) { throw refusal }
    }

    /// Why a build may not replace what is at `path`, or nil when it may. An empty file is replaced:
    /// it holds nothing to lose, and `touch` is how a user may make one for guide. At the default place
    /// (`<corpus>/.guide-index.sqlite`, a hidden name only guide uses) a regular file that is not SQLite, or
    /// cannot be read, is taken for an index of guide damaged in its header, and rebuilt; elsewhere it may be the user's.
    public static func refusal(at path: String, atDefaultPlace: Bool) -> NotAnIndexError? {
        let kind = IndexFileKind.of(path)
        switch kind {
        case .nothing, .empty, .index: return nil
        case .notSQLite where atDefaultPlace, .unreadable where atDefaultPlace: return nil
        default: return NotAnIndexError(path: path, kind: kind, throughLink: IndexFileKind.isSymbolicLink(path))
        }
    }
}

/// A file at the index path that guide did not make, left untouched.
public struct NotAnIndexError: Error, CustomStringConvertible {
    public let path: String
    public let kind: IndexFileKind
    /// Whether `path` is a symbolic link to what `kind` describes.
    public let throughLink: Bool

    /// What is there, in words: "a directory", "a symbolic link to a SQLite database of another program".
    public var what: String {
        throughLink && kind != .danglingLink ? "en symbolsk lenke til \(kind)" : "\(kind)"
    }

    /// `what` in the English words of `guide check --json`.
    public var englishWhat: String {
        throughLink && kind != .danglingLink ? "a symbolic link to \(kind.englishDescription)" : kind.englishDescription
    }

    public var description: String {
        "\(path) er ikke en indeks for guide (det er \(what)) og blir ikke rørt; "
            + "velg en annen sti for indeksen med '--db PATH' eller $GUIDE_DB"
    }
}
