/// A sentence with the norm it carries, as `guide show`, `guide search --must` and `guide role`
/// show it. `start`/`end` place it in its part's text, the cue's range is within the sentence
/// (Unicode scalars, as `Snippet`).
public struct StatementSummary: Sendable, Hashable, Codable {
    /// title, sentence, lead_in (of a checklist) or item.
    public var unit: NormativeStatement.Unit
    public var text: String
    /// legal_duty (a duty citing its legal basis), obligation (skal/må without one), recommendation,
    /// option or none.
    public var norm: Norm
    /// for or against; null when the norm is none.
    @Nullable public var direction: NormDirection?
    @Nullable public var cue: NormCue?
    public var start: Int
    public var end: Int
    /// The roles named, each marked when it is the one to act.
    public var roles: [RoleMention]
    public var lines: [Int]

    public var isNormative: Bool { norm != .none }
}

/// The strength a recommendation's title expresses ("X bør …" → recommendation).
public struct Strength: Sendable, Hashable, Codable {
    public var norm: Norm
    @Nullable public var direction: NormDirection?
    @Nullable public var cue: NormCue?
}

/// `guide role`: every known role, with how often it acts and is named.
public struct RoleOverview: Sendable, Codable {
    public struct Role: Sendable, Hashable, Codable {
        public var name: String
        /// Recommendations in which the role acts.
        public var recommendations: Int
        /// Normative sentences and checklist lines in which it acts.
        public var tasks: Int
        /// Every naming, acting or not.
        public var mentions: Int
    }

    public var roles: [Role]
}

/// `guide role NAME`: what one role is to do, per recommendation, with sources.
public struct RoleTasks: Sendable, Codable {
    public struct Task: Sendable, Hashable, Codable {
        /// Where the task stands: the title, a part (its kind and heading) or a checklist.
        public var part: String
        public var statement: StatementSummary
        /// For a checklist lead-in naming the role: its items, which are the tasks it lists.
        public var items: [String]
    }

    public struct Recommendation: Sendable, Codable {
        public var guideline: GuidelineSummary
        public var chapter: ChapterSummary
        public var recommendation: ArticleSummary
        @Nullable public var strength: Strength?
        public var tasks: [Task]
        public var source: SourceReference
    }

    public var query: String
    public var role: String
    public var count: Int
    public var recommendations: [Recommendation]
}

/// Why a role cannot be looked up, in words that say what to do.
public enum RoleQueryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Not a name the role lexicon knows; the nearest known role, if near, and all known roles.
    case unknownRole(String, suggestion: String?, known: [String])

    public var description: String {
        switch self {
        case .unknownRole(let typed, let suggestion, let known):
            "ukjent rolle: «\(typed)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
                + "\nKjente roller: " + known.joined(separator: ", ")
        }
    }
}
