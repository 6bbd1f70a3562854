/// Where guide keeps its data for one user, after the XDG Base Directory specification:
/// `$XDG_DATA_HOME/guide`, else `~/.local/share/guide`. The installed corpus is `Corpus/` in it, and
/// its index inside that, as in a checkout. The caller passes the environment's values.
public enum DataDirectory {
    /// The corpus folder's name, in a checkout and in the data directory alike.
    public static let corpusName = IndexLocation.defaultCorpus

    /// Nil without an absolute `$XDG_DATA_HOME` (the specification ignores a relative one) or `$HOME`.
    public static func path(xdgDataHome: String?, home: String?) -> String? {
        if let xdg = xdgDataHome, xdg.hasPrefix("/") { return IndexLocation.standardized(xdg) + "/guide" }
        guard let home, home.hasPrefix("/") else { return nil }
        return IndexLocation.standardized(home) + "/.local/share/guide"
    }

    /// `<prefix>/share/guide` for a program installed as `<prefix>/bin/guide`: where `guide install
    /// --prefix` put the corpus. `programDirectory` is the running program's folder.
    public static func beside(programDirectory: String) -> String {
        IndexLocation.standardized(programDirectory + "/../share/guide")
    }
}
