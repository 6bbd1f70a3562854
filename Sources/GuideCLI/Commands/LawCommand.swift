import GuideKit

/// `guide law`: the acts and sections the guidelines cite, or the advice citing one.
struct LawCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "law",
        overview: "Vis lovene og paragrafene retningslinjene viser til, eller rådene som viser til én av dem.",
        listing: ("law [lov [§ n]]", "Vis lover og paragrafer det vises til, eller rådene som viser til én"),
        arguments: [
            ArgumentDeclaration("<lov>", optional: true, help: [
                "En lov eller forskrift ved navn, korttittel eller forkortelse, f.eks.",
                "helsepersonelloven, \"lov om helsepersonell\", hpl, pbrl, sphl, hol",
                "(uten: alle lover og paragrafer det vises til, med antall)",
            ]),
            ArgumentDeclaration("<paragraf>", synopsis: "§ <paragraf>", optional: true, help: [
                "En paragraf, f.eks. \"§ 10a\", \"10 a\", \"§ 3.3\" eller \"kapittel 3\"",
                "(uten: alle henvisninger til loven)",
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
