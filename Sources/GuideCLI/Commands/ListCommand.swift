import GuideKit

/// `guide list`: guidelines, chapters and recommendations with their ids.
struct ListCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "list",
        overview: "List guidelines, chapters and recommendations with their ids.",
        listing: ("list", "List guidelines, chapters and recommendations"))

    init(_ line: ParsedCommandLine) {}

    func run(in context: CommandContext) throws {
        let outline = try context.openIndex().ask(OutlineQuestion())
        try context.emit(ListJSON(outline), text: OutlineRenderer.render(outline, style: context.style))
    }
}
