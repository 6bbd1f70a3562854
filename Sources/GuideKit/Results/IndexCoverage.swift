/// What the index covers, as `guide list --summary`, `guide check` and a search without hits say it:
/// how many guidelines of which kind and from which source, how much of them, and when the content
/// API's mirror was last synced. Its JSON keys are stable: every field is always present.
public struct IndexCoverage: Sendable, Codable, Hashable {
    /// Guidelines of one kind ("Nasjonal faglig retningslinje"); `kind` is null when the source names none.
    public struct KindCount: Sendable, Codable, Hashable {
        @Nullable public var kind: String?
        public var guidelines: Int
    }

    /// Guidelines per source: the bundled text files, and the content API's mirror (`guide sync`).
    public struct SourceCounts: Sendable, Codable, Hashable {
        public var textFiles: Int
        public var contentAPI: Int
    }

    public var guidelines: Int
    public var hearingDrafts: Int
    public var recommendations: Int
    public var textPages: Int
    public var passages: Int
    /// Most guidelines first, then by name.
    public var kinds: [KindCount]
    public var sources: SourceCounts
    /// Years of publication given, oldest first.
    public var years: [String]
    /// The first few titles in corpus order (`namedLimit`), for a sentence that cannot list hundreds.
    public var titles: [String]
    /// When the mirror's last complete sync started ("YYYY-MM-DDTHH:MM:SS", UTC); null when never.
    @Nullable public var lastSynced: String?

    public static let namedLimit = 3
}
