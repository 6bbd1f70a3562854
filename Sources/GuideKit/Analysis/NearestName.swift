/// The known name nearest to a mistyped one, for "mente du …?": the candidate fewest edits
/// (`EditDistance`, by character) from what was typed, if it is within the limit; on a tie, the
/// earlier candidate, so a caller orders the candidates by what it would rather suggest.
///
/// The limit grows with what was typed: one edit per `charactersPerEdit` characters, and never
/// below `minimumEdits` (a short name mistyped by two letters is still recognisable).
public struct NearestName: Sendable, Hashable {
    /// Characters typed per edit allowed.
    public var charactersPerEdit: Int
    /// Edits allowed however short the name.
    public var minimumEdits: Int

    public init(charactersPerEdit: Int, minimumEdits: Int = 2) {
        self.charactersPerEdit = charactersPerEdit
        self.minimumEdits = minimumEdits
    }

    /// Command and option names (`guide serch`, `--jsn`): a few short names, all quite unlike each
    /// other, so a third of the typed letters may be wrong and the suggestion is still the one meant.
    public static let commandNames = NearestName(charactersPerEdit: 3)

    /// Acts and roles as the index knows them (`guide law helsepersonelovn`, `guide role fastlgen`):
    /// hundreds of names and abbreviations, many alike ("pbrl", "phlsl"), so only a quarter may be
    /// wrong before a suggestion would more likely name another act or role than the one meant.
    public static let indexedNames = NearestName(charactersPerEdit: 4)

    /// The most edits `typed` may be from a name that is suggested.
    public func limit(for typed: String) -> Int {
        max(minimumEdits, typed.count / charactersPerEdit)
    }

    /// The candidate whose `name` is nearest to `typed` within the limit; nil when none is.
    public func nearest<Candidate>(to typed: String, among candidates: some Sequence<Candidate>,
                                   name: (Candidate) -> String) -> Candidate? {
        let limit = limit(for: typed)
        var best: (candidate: Candidate, distance: Int)?
        for candidate in candidates {
            let distance = EditDistance.distance(typed, name(candidate), limit: limit)
            if distance <= limit, distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The name nearest to `typed` within the limit; nil when none is.
    public func nearest(to typed: String, among names: some Sequence<String>) -> String? {
        nearest(to: typed, among: names) { $0 }
    }
}
