/// `guide role` for people: the roles with counts, or one role's tasks per recommendation with
/// the sentence's norm marked, the part it stands in and its source.
public enum RoleRenderer {
    public static func render(_ overview: RoleOverview, style: TextStyle) -> String {
        let acting = overview.roles.filter { $0.mentions > 0 }
        guard !acting.isEmpty else { return "Rådene i indeksen nevner ingen kjente roller.\n" }
        let width = max(28, (acting.map(\.name.count).max() ?? 0) + 2)
        var out = [style.dim("Rolle".padding(width) + right("oppgaver", 8) + right("råd", 6) + right("nevnt", 8))]
        for role in acting {
            out.append(style.bold(role.name.padding(width)) + right("\(role.tasks)", 8)
                       + right("\(role.recommendations)", 6) + right("\(role.mentions)", 8))
        }
        let unused = overview.roles.filter { $0.mentions == 0 }.map(\.name)
        if !unused.isEmpty {
            out.append("")
            out.append(style.dim(style.wrapped("Ikke nevnt i rådene: " + unused.joined(separator: ", "))))
        }
        out.append("")
        out.append(style.dim("Vis en rolles oppgaver: guide role fastlege"))
        return out.joined(separator: "\n") + "\n"
    }

    /// Right-aligned in `width` columns.
    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    public static func render(_ tasks: RoleTasks, style: TextStyle) -> String {
        guard !tasks.recommendations.isEmpty else {
            return "Ingen treff: ingen råd i indeksen gir «\(tasks.role)» en oppgave.\n"
        }
        var out = [style.wrapped(style.bold("Oppgaver for \(tasks.role)") + " · \(tasks.count) råd")]
        for (number, r) in tasks.recommendations.enumerated() {
            out.append("")
            out.append(render(r, number: number + 1, style: style))
        }
        out.append("")
        out.append(style.dim(style.wrapped(NormMark.legend)))
        return out.joined(separator: "\n") + "\n"
    }

    static func render(_ r: RoleTasks.Recommendation, number: Int, style: TextStyle) -> String {
        var lines: [String] = []
        lines.append(style.wrapped(style.bold(r.recommendation.title), indent: "    ", firstIndent: "\(number). ".padding(4)))
        var origin = r.guideline.title
        if let draft = HearingDraftNotice.text(for: r.guideline) { origin += " · " + style.warning(draft) }
        if let credit = r.guideline.credit { origin += " · " + style.dim(credit) }
        lines.append(style.wrapped(origin, indent: "    "))
        var chapter = "Kapittel \(r.chapter.number): \(r.chapter.title)"
        if let strength = r.strength { chapter += " · Styrke: " + NormMark.name(norm: strength.norm, direction: strength.direction) }
        lines.append(style.wrapped(style.dim(chapter), indent: "    "))
        var previousPart: String?
        for task in r.tasks {
            if task.part != previousPart {
                lines.append(style.accent("    " + task.part))
                previousPart = task.part
            }
            let span = task.statement.lines.first == task.statement.lines.last ? "\(task.statement.lines.first ?? 0)"
                : task.statement.lines.map(String.init).joined(separator: "-")
            lines.append(style.wrapped(NormMark.marked(task.statement, style: style) + style.dim(" (linje \(span))"),
                                       indent: "        ", firstIndent: "      "))
            for item in task.items {
                lines.append(style.wrapped(item, indent: "          ", firstIndent: "        • "))
            }
        }
        lines.append(style.dim("    Kilde: \(r.source.path):\(r.source.lineDescription)"))
        if let url = r.source.url { lines.append(style.dim("    " + url)) }
        lines.append(style.dim("    Vis hele: guide show \(r.recommendation.id)"))
        return lines.joined(separator: "\n")
    }
}
