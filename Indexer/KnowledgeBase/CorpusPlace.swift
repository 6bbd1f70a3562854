/// A place where guide looks for the corpus, and why it looks there: what an error names when the
/// corpus is found in none of them.
public struct CorpusPlace: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `--corpus` or `$GUIDE_CORPUS`: the only place looked at.
        case chosen
        /// `./Corpus` in the working directory: a checkout of the project.
        case checkout
        /// `Corpus/` in the data directory (`DataDirectory`), where `guide install` puts it.
        case dataDirectory
        /// `Corpus/` in `<prefix>/share/guide`, beside the running `<prefix>/bin/guide` (`guide install --prefix`).
        case besideProgram
    }

    public let path: String
    public let kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// Why guide looked there, in Norwegian.
    public var reason: String {
        switch kind {
        case .chosen: "valgt med --corpus eller GUIDE_CORPUS"
        case .checkout: "./Corpus i arbeidsmappen"
        case .dataDirectory: "datamappen, der «guide install» legger korpuset"
        case .besideProgram: "ved siden av programmet, der «guide install --prefix» legger korpuset"
        }
    }
}
