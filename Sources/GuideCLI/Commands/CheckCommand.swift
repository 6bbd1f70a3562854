import GuideIndexer
import GuideKit

/// `guide check`: verify the index; exit 1 when a check fails.
struct CheckCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "check",
        overview: """
        Kontroller indeksen: integriteten til SQLite og FTS5, skjemaversjonen, skjemaet, analysatoren og de innebygde ressursene den ble bygd med, og at den stemmer med korpuset fil for fil; si deretter hva den dekker (som 'guide list --summary'). Endrer aldri indeksen.
        """,
        listing: ("check", "Kontroller indeksen: SQLite- og FTS5-integritet, skjema, korpusets sjekksummer"),
        epilogue: "Avslutningskoder: 0 indeksen er i orden, 1 en kontroll feilet (hver feil sier hva du kan gjøre), 64 feil bruk.")

    init(_ line: ParsedCommandLine) {}

    func run(in context: CommandContext) throws {
        let health = context.knowledgeBase.check()
        try context.emit(health, text: health.rendered() + (health.coverage.map { "\n" + CoverageRenderer.render($0, style: context.style) } ?? ""))
        if !health.healthy { throw UnhealthyIndex(path: health.index) }
    }
}

/// `guide check` found a problem (exit 1); the findings are already on stdout.
struct UnhealthyIndex: Error, CustomStringConvertible {
    let path: String
    var description: String { "indeksen \(path) feilet en kontroll; se over for hva du kan gjøre" }
}

extension IndexHealth {
    /// One line per check, then the verdict.
    func rendered() -> String {
        var lines = checks.map { finding in
            (finding.ok ? "ok    " : "FEIL  ") + "\(finding.name): \(finding.shownDetail)" + (finding.shownFix.map { " → \($0)" } ?? "")
        }
        lines.append(healthy ? "Indeksen er i orden." : "Indeksen har problemer.")
        return lines.joined(separator: "\n") + "\n"
    }
}
