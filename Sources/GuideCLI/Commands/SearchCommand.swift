import Foundation
import GuideKit

/// `guide search`: the recommendations that fit a situation, best first, filtered when asked.
struct SearchCommand: GuideSubcommand {
    static let limit = OptionDeclaration.limit("Number of recommendations to show")
    // An aid for tuning the ranking, left out of the usage line.
    static let explain = OptionDeclaration.flag("--explain", help: ["Show per hit which words matched where and how the score is made"],
                                                inSynopsis: false)
    static let must = OptionDeclaration.flag("--must", help: [
        "Only passages holding a duty (\"skal\", \"må\", \"plikter\"), shown per hit: [PLIKT] with",
        "its legal basis cited (listed first), [SKAL/MÅ] without one",
    ])
    static let role = OptionDeclaration.value("--role", valueName: "NAME", help: [
        "Only recommendations in which this role acts, e.g. fastlege, \"kommunal koordinator\"",
        "(an unknown role is a usage error listing the known ones; see 'guide role')",
    ]) { value in
        value.trimmingCharacters(in: .whitespaces).isEmpty ? "'--role' takes a role name, e.g. fastlege (see 'guide role')" : nil
    }

    static let declaration = CommandDeclaration(
        name: "search",
        overview: "Find what the guidelines say about a situation.",
        listing: ("search <query>…", "Find the advice, checklists and legal references for a situation"),
        arguments: [ArgumentDeclaration("<query>", synopsis: "<query>…",
                                        help: ["The situation in plain Norwegian, e.g. \"pårørende barn ved ALS\""])],
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
