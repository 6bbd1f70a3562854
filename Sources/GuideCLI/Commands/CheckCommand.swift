import GuideIndexer
import GuideKit

/// `guide check`: verify the index; exit 1 when a check fails.
struct CheckCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "check",
        overview: """
        Verify the index: SQLite and FTS5 integrity, schema version, the schema, analyzer and
        built-in resources it was built with, and that it matches the corpus file by file; then say what it
        covers (as 'guide list --summary'). Never changes the index.
        """,
        listing: ("check", "Verify the index: SQLite and FTS5 integrity, schema, corpus hashes"),
        epilogue: "Exit codes: 0 the index is healthy, 1 a check failed (each failure says what to do).")

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
    var description: String { "the index \(path) failed a check; see above for what to do" }
}

extension IndexHealth {
    /// One line per check, then the verdict.
    func rendered() -> String {
        var lines = checks.map { finding in
            (finding.ok ? "ok    " : "FAIL  ") + "\(finding.name): \(finding.detail)" + (finding.fix.map { " → \($0)" } ?? "")
        }
        lines.append(healthy ? "The index is healthy." : "The index has problems.")
        return lines.joined(separator: "\n") + "\n"
    }
}
