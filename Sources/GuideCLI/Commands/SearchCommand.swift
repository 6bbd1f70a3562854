import Foundation
import GuideKit

/// `guide search`: the recommendations that fit a situation, best first, filtered when asked.
struct SearchCommand: GuideSubcommand {
    static let limit = OptionDeclaration.limit("Antall anbefalinger som vises")
    // An aid for tuning the ranking, left out of the usage line.
    static let explain = OptionDeclaration.flag("--explain", help: ["Vis for hvert treff hvilke ord som traff hvor, og hvordan poengsummen er regnet ut"],
                                                inSynopsis: false)
    static let must = OptionDeclaration.flag("--must", help: [
        "Bare tekstavsnitt med en plikt (\"skal\", \"må\", \"plikter\"), vist per treff: [PLIKT] med",
        "lovgrunnlaget oppgitt (listet først), [SKAL/MÅ] uten",
    ])
    static let role = OptionDeclaration.value("--role", valueName: "NAVN", help: [
        "Bare anbefalinger der denne rollen handler, f.eks. fastlege, \"kommunal koordinator\"",
        "(en ukjent rolle er feil bruk, og de kjente listes; se 'guide role')",
    ]) { value in
        value.trimmingCharacters(in: .whitespaces).isEmpty ? "'--role' tar et rollenavn, f.eks. fastlege (se 'guide role')" : nil
    }

    static let declaration = CommandDeclaration(
        name: "search",
        overview: "Finn hva retningslinjene sier om en situasjon.",
        listing: ("search <søk>…", "Finn rådene, sjekklistene og lovhenvisningene for en situasjon"),
        arguments: [ArgumentDeclaration("<søk>", synopsis: "<søk>…",
                                        help: ["Situasjonen med vanlige ord, f.eks. \"pårørende barn ved ALS\""])],
        options: [limit, explain, must, role])

    let query: String
    let limit: Int
    let explain: Bool
    let filter: SearchFilter

    init(_ line: ParsedCommandLine) {
        query = line.arguments.joined(separator: " ")
        limit = line.limit(Self.limit)
        explain = line.isSet(Self.explain)
        filter = SearchFilter(obligationsOnly: line.isSet(Self.must), role: line.value(of: Self.role))
    }

    /// An unknown `--role` is a usage error (exit 64) that lists the known roles: the option's value
    /// is wrong, as a bad `--limit` is. A known role that acts nowhere in the hits gives "Ingen treff".
    func run(in context: CommandContext) throws {
        let index = try context.openIndex()
        let results: SearchResults
        do {
            results = try index.ask(SearchQuestion(query, limit: limit, explain: explain, filter: filter))
        } catch let error as RoleQueryError {
            throw UsageError(message: "\(error)", command: Self.declaration.name, pointsToHelp: false)
        }
        // No hits for real words: say what the index covers, so a user knows whether to look elsewhere.
        let coverage = results.results.isEmpty && !results.terms.isEmpty && !results.fillerOnly
            ? try index.ask(CoverageQuestion(lastSynced: context.knowledgeBase.mirrorLastSynced)) : nil
        try context.emit(SearchJSON(results, coverage: coverage), text: SearchRenderer.render(results, coverage: coverage, style: context.style))
    }
}
