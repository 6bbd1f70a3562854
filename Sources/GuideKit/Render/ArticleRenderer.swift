/// `guide show` for people: the whole recommendation with its parts, checklists, legal basis and source.
public enum ArticleRenderer {
    public static func render(_ article: ArticleDetail, style: TextStyle) -> String {
        var out: [String] = []
        if let draft = HearingDraftNotice.text(for: article.guideline) {
            out.append(style.wrapped(style.warning(draft) + " – " + HandoutText.draftNotice(article.guideline)))
        }
        out.append(style.wrapped(style.bold(article.title)))
        out.append(style.wrapped(style.dim("\(article.guideline.title) › Kapittel \(article.chapter.number): \(article.chapter.title)")))
        out.append(style.dim("Id: \(article.id)"))
        if let dates = PublicationDates.full(article.guideline) { out.append(style.wrapped(style.dim(dates))) }
        var checklists = article.checklists[...]
        if let strength = article.strength {
            out.append("Styrke: " + NormMark.name(norm: strength.norm, direction: strength.direction)
                       + (strength.cue.map { " («\($0.text)»)" } ?? ""))
        }
        for section in article.sections {
            out.append("")
            if let title = section.title ?? (section.kind == .recommendation ? nil : section.kind.partHeading(title: nil)) {
                out.append(style.accent(title))
            }
            let blocks = section.text.components(separatedBy: "\n\n")
            let marked = NormMark.annotate(section.text, statements: section.statements, style: style)
                .components(separatedBy: "\n\n")
            for (index, block) in blocks.enumerated() {
                // Marks only insert tags, so the blocks line up; fall back to the plain text if not.
                out.append(renderBlock(marked.count == blocks.count ? marked[index] : block, style: style))
                // Checklists come in reading order; each is the block that starts with its lead-in.
                if let checklist = checklists.first, checklist.section == section.title,
                   block.components(separatedBy: "\n").first == checklist.title {
                    checklists.removeFirst()
                    if let label = topicLabel(checklist) { out.append(style.dim(label)) }
                }
            }
        }
        if !article.legalReferences.isEmpty {
            out.append("")
            out.append(style.accent("Lovgrunnlag"))
            for reference in article.legalReferences {
                out.append(style.wrapped(reference.citation + (reference.url.map { " – \($0)" } ?? ""), indent: "    ", firstIndent: "  • "))
            }
        }
        if !article.literature.isEmpty {
            out.append("")
            out.append(style.accent("Litteratur"))
            for entry in article.literature { out.append(style.wrapped(entry, indent: "    ", firstIndent: "  • ")) }
        }
        if article.sections.contains(where: { $0.statements.contains(where: \.isNormative) }) {
            out.append("")
            out.append(style.dim(style.wrapped(NormMark.legend)))
        }
        out.append("")
        var source = "Kilde: \(article.source.path):\(article.source.lineDescription)"
        if let url = article.source.url { source += " · \(url)" }
        if let credit = article.guideline.credit { source += " · \(credit)" }
        out.append(style.dim(style.wrapped(source)))
        return out.joined(separator: "\n") + "\n"
    }

    /// "    [Sjekkliste: innhold i plan – plan for oppfølging]"; nothing for a list of no known topic.
    private static func topicLabel(_ checklist: ArticleDetail.ChecklistDetail) -> String? {
        guard checklist.topic != .other else { return nil }
        return "    [Sjekkliste: " + checklist.topic.label + (checklist.plan.map { " – \($0)" } ?? "") + "]"
    }

    /// Paragraphs wrap; checklist lines ("  • item") keep their indentation.
    private static func renderBlock(_ block: String, style: TextStyle) -> String {
        block.components(separatedBy: "\n").map { line in
            let indent = line.prefix { $0 == " " }
            let body = line.dropFirst(indent.count)
            if body.hasPrefix("• ") {
                let lead = "  " + String(indent) + "• "
                return style.wrapped(String(body.dropFirst(2)), indent: String(repeating: " ", count: lead.count), firstIndent: lead)
            }
            return style.wrapped(line)
        }.joined(separator: "\n")
    }
}
