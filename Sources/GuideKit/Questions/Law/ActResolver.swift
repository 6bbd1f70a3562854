/// Resolves act names against the index's copy of the act registry (`acts`, `act_names`, written
/// at build time): any name, inflected name or abbreviation the registry knows, in any case, then
/// the same typed without æ ø å ("arbeidsmiljoloven"); otherwise `LawQueryError.unknownAct` with
/// the nearest known form.
struct ActResolver {
    /// A known act, as the index's copy of the registry describes it.
    struct KnownAct: Sendable, Hashable {
        var name: String
        var kind: ActKind
        var url: String?
    }

    let store: IndexStore

    /// The act a name, short name or abbreviation stands for ("hpl", "Lov om helsepersonell",
    /// "helsepersonellovens", "arbeidsmiljoloven").
    func resolve(_ written: String) throws -> KnownAct {
        let key = ActName.lookupKey(written)
        let acts = try knownActs()
        if let name = try store.actName(alias: key)?.act, let act = acts[name] { return act }
        let aliases = try store.actNames()
        let folded = Spelling.folded(key)
        let sameFolded = Set(aliases.filter { Spelling.folded($0.alias) == folded }.map(\.act))
        if sameFolded.count == 1, let name = sameFolded.first, let act = acts[name] { return act }
        // The nearest form, the shorter of two as near; suggested as the act's canonical name, or as
        // the abbreviation it is.
        let shorterFirst = aliases.sorted { ($0.alias.count, $0.alias) < ($1.alias.count, $1.alias) }
        let nearest = NearestName.indexedNames.nearest(to: folded, among: shorterFirst) { Spelling.folded($0.alias) }
        throw LawQueryError.unknownAct(written.trimmingCharacters(in: .whitespaces),
                                       suggestion: nearest.map { $0.isAbbreviation ? $0.alias : $0.act })
    }

    func knownActs() throws -> [String: KnownAct] {
        var acts: [String: KnownAct] = [:]
        for act in try store.acts() { acts[act.name] = KnownAct(name: act.name, kind: act.kind, url: act.url) }
        return acts
    }
}
