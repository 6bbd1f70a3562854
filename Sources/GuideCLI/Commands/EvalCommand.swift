import Foundation
import GuideKit

/// `guide eval`: search quality on judged queries.
struct EvalCommand: GuideSubcommand {
    static let keys = OptionDeclaration.value("--keys", valueName: "FILE",
                                              help: ["Lines 'key<TAB>title fragment' (default: keys.tsv beside the queries)"])

    static let declaration = CommandDeclaration(
        name: "eval",
        overview: "Measure search quality on judged queries (hit@1, hit@3, MRR, nDCG@5 per recommendation; passage@1 where an answer text is given).",
        listing: ("eval <file.tsv>", "Measure search quality on judged queries"),
        arguments: [ArgumentDeclaration("<queries.tsv>", isPath: true, help: ["Lines 'id<TAB>query<TAB>KEY=grade …' (2 = the answer, 1 = also relevant),",
                                                                                               "optionally '<TAB>answer text' (alternatives separated by '|')"])],
        argumentCount: .exactly(1),
        options: [keys])

    let files: JudgedQueryRun

    init(_ line: ParsedCommandLine) {
        let queries = URL(fileURLWithPath: line.arguments.first ?? "")
        files = JudgedQueryRun(queries: queries, keys: line.value(of: Self.keys).map { URL(fileURLWithPath: $0) }
                               ?? queries.deletingLastPathComponent().appendingPathComponent("keys.tsv"))
    }

    func run(in context: CommandContext) throws {
        let evaluation = try files.evaluate(on: try context.openIndex())
        try context.emit(evaluation, text: EvaluationRenderer.render(evaluation, style: context.style))
    }
}
