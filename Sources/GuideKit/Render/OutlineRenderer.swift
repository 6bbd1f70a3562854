/// `guide list` for people: guidelines, chapters and recommendations with their ids.
public enum OutlineRenderer {
    public static func render(_ guidelines: [GuidelineOutline], style: TextStyle) -> String {
        guard !guidelines.isEmpty else { return "Indeksen har ingen retningslinjer.\n" }
        var out: [String] = []
        for guideline in guidelines {
            var header = style.bold(guideline.title)
            if guideline.status == GuidelineStatus.Stage.hearingDraft.rawValue {
                header += "  " + style.warning(guideline.hearingDeadline.map { "HØRINGSUTKAST (høringsfrist \($0))" } ?? "HØRINGSUTKAST")
            }
            out.append(header)
            out.append(style.dim("  " + [guideline.kind, guideline.publisher, guideline.url ?? guideline.path].compactMap { $0 }.joined(separator: " · ")))
            for chapter in guideline.chapters {
                out.append(style.wrapped("\(chapter.number). \(chapter.title)", indent: "     ", firstIndent: "  "))
                for article in chapter.recommendations {
                    let marker = article.kind == Article.Kind.text.rawValue ? " (tekst)" : ""
                    out.append(style.wrapped(article.title + marker, indent: "        ", firstIndent: "    " + style.accent(article.id) + "  "))
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
