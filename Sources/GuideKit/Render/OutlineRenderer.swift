/// `guide list` for people: guidelines, chapters and recommendations with their ids.
public enum OutlineRenderer {
    public static func render(_ guidelines: [GuidelineOutline], style: TextStyle) -> String {
        guard !guidelines.isEmpty else { return "Indeksen har ingen retningslinjer.\n" }
        var out: [String] = []
        for guideline in guidelines {
            out.append(style.wrapped(style.bold(guideline.title)))
            if let draft = HearingDraftNotice.text(for: guideline) {
                out.append("  " + style.warning(draft))
            }
            // The publisher with the licence, once a guideline: "Helsedirektoratet, lisens NLOD 2.0".
            let publisher = GuidelineSummary.credit(publisher: guideline.publisher, licence: guideline.licence) ?? guideline.publisher
            out.append(style.dim("  " + ([guideline.kind, publisher].compactMap { $0 } + [guideline.path]).joined(separator: " · ")))
            if let url = guideline.url { out.append(style.dim("  " + url)) }
            for chapter in guideline.chapters {
                out.append(style.wrapped("\(chapter.number). \(chapter.title)", indent: "     ", firstIndent: "  "))
                for article in chapter.recommendations {
                    let marker = article.kind == .text ? " (tekst)" : ""
                    out.append(style.wrapped(article.title + marker, indent: "        ", firstIndent: "    " + style.accent(article.id) + "  "))
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
