/// `guide export --format markdown`: the handout as Markdown, every corpus text escaped so that
/// nothing in it turns into markup.
public enum HandoutMarkdownRenderer {
    public static func render(_ handout: Handout) -> String {
        var out: [String] = ["# " + MarkdownText.escaped(handout.title), ""]
        out.append("*" + MarkdownText.escaped(HandoutText.subtitle(handout)) + "*")
        out.append("")
        for draft in handout.hearingDrafts {
            out.append("> **\(MarkdownText.escaped(HearingDraftNotice.text(for: draft) ?? "HØRINGSUTKAST"))** – "
                       + MarkdownText.escaped(HandoutText.draftWarning(draft)))
            out.append("")
        }
        for (number, recommendation) in handout.recommendations.enumerated() {
            out += render(recommendation, number: number + 1)
        }
        out.append("## Referanser")
        out.append("")
        for reference in handout.references {
            var line = "\(reference.number)\\. " + MarkdownText.escaped(reference.parts.description)
            if let url = reference.parts.url { line += " Tilgjengelig fra " + MarkdownText.link(url) }
            if let credit = reference.guideline.credit { line += " " + MarkdownText.escaped("(\(credit))") }
            out.append(line)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private static func render(_ r: HandoutRecommendation, number: Int) -> [String] {
        var out = ["## \(number). " + MarkdownText.escaped(r.title) + " \\[\(r.reference)\\]", ""]
        out.append("*" + MarkdownText.escaped("\(r.guideline.title) › Kapittel \(r.chapter.number): \(r.chapter.title)") + "*")
        out.append("")
        if let draft = r.hearingDraft {
            out.append("> **\(MarkdownText.escaped(draft))** – " + MarkdownText.escaped(HandoutText.draftNotice(r.guideline)))
            out.append("")
        }
        for part in r.parts {
            if let title = HandoutText.heading(of: part) {
                out.append("### " + MarkdownText.escaped(title))
                out.append("")
            }
            for block in part.blocks {
                out += render(block)
                out.append("")
            }
        }
        if !r.legalReferences.isEmpty {
            out.append("### Lovgrunnlag")
            out.append("")
            for reference in r.legalReferences {
                out.append("- " + (reference.url.map { MarkdownText.link($0, text: reference.citation) }
                                   ?? MarkdownText.escaped(reference.citation)))
            }
            out.append("")
        }
        if let note = HandoutText.excerptNote(r) {
            out.append("*" + MarkdownText.escaped(note) + "*")
            out.append("")
        }
        var source = "Kilde: \\[\(r.reference)\\] · " + MarkdownText.escaped("\(r.source.path):\(r.source.lineDescription)")
        source += " · Id: " + MarkdownText.escaped(r.id)
        if let url = r.source.url { source += " · " + MarkdownText.link(url) }
        out.append(source)
        out.append("")
        return out
    }

    private static func render(_ block: HandoutBlock) -> [String] {
        guard block.isChecklist else { return [MarkdownText.escaped(block.text)] }
        var out: [String] = []
        if !block.text.isEmpty { out += [MarkdownText.escaped(block.text), ""] }
        func append(_ items: [ArticleDetail.Item], indent: String) {
            for item in items {
                out.append(indent + "- " + MarkdownText.escaped(item.text))
                append(item.items, indent: indent + "  ")
            }
        }
        append(block.items, indent: "")
        return out
    }
}
