import GuideKit

/// `guide law`: the acts and sections the guidelines cite, or the advice citing one.
struct LawCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "law",
        overview: "Show the acts and sections the guidelines cite, or the advice that cites one.",
        listing: ("law [act [§ n]]", "Show cited acts and sections, or the advice citing one"),
        arguments: [
            ArgumentDeclaration("<act>", optional: true, help: [
                "An act or regulation by name, short name or abbreviation, e.g.",
                "helsepersonelloven, \"lov om helsepersonell\", hpl, pbrl, sphl, hol",
                "(without it: every act and section cited, with counts)",
            ]),
            ArgumentDeclaration("<section>", synopsis: "§ <section>", optional: true, help: [
                "A section, e.g. \"§ 10a\", \"10 a\", \"§ 3.3\", or \"kapittel 3\"",
                "(without it: every citation of the act)",
            ]),
        ])

    /// The act and section as typed ("hpl § 10a"); empty for the overview.
    let reference: String

    init(_ line: ParsedCommandLine) {
        reference = line.arguments.joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let index = try context.openIndex()
        if reference.isEmpty {
            let overview = try index.ask(CitedLawQuestion())
            try context.emit(overview, text: LawRenderer.render(overview, style: context.style))
        } else {
            let citations = try index.ask(LawCitationQuestion(parsing: reference))
            try context.emit(citations, text: LawRenderer.render(citations, style: context.style))
        }
    }
}
