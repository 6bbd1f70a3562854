import Foundation
import GuideKit

/// `guide eval`: search quality on judged queries.
struct EvalCommand: GuideSubcommand {
    static let keys = OptionDeclaration.value("--keys", valueName: "FILE",
                                              help: ["Linjer 'nøkkel<TAB>del av tittelen' (standard: keys.tsv ved siden av spørsmålene)"])

    static let declaration = CommandDeclaration(
        name: "eval",
        overview: "Mål søkekvaliteten på vurderte spørsmål (hit@1, hit@3, MRR, nDCG@5 per anbefaling; passage@1 der en svartekst er gitt).",
        listing: ("eval <fil.tsv>", "Mål søkekvaliteten på vurderte spørsmål"),
        arguments: [ArgumentDeclaration("<spørsmål.tsv>", isPath: true, help: ["Linjer 'id<TAB>spørsmål<TAB>NØKKEL=karakter …' (2 = svaret, 1 = også relevant),",
                                                                                                "eventuelt '<TAB>svartekst' (alternativer skilt med '|')"])],
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
