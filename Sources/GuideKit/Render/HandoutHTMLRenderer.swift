/// `guide export --format html`: the handout as one self-contained, printable HTML file. The styles
/// are inline (with print rules), nothing is loaded from elsewhere, there is no script, and every
/// corpus text and address is escaped; only http(s) addresses become links.
public enum HandoutHTMLRenderer {
    public static func render(_ handout: Handout) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"nb\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<meta name=\"generator\" content=\"guide export\">")
        out.append("<title>\(HTMLText.escaped(handout.title))</title>")
        out.append("<style>\n\(HandoutStyleSheet.css)</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<h1>\(HTMLText.escaped(handout.title))</h1>")
        out.append("<p class=\"subtitle\">\(HTMLText.escaped(HandoutText.subtitle(handout)))</p>")
        for draft in handout.hearingDrafts {
            out.append("<p class=\"draft\" role=\"note\"><strong>\(HTMLText.escaped(HearingDraftNotice.text(for: draft) ?? "HØRINGSUTKAST"))</strong> – "
                       + "\(HTMLText.escaped(HandoutText.draftWarning(draft)))</p>")
        }
        out.append("</header>")
        out.append("<main>")
        for (number, recommendation) in handout.recommendations.enumerated() {
            out += render(recommendation, number: number + 1)
        }
        out.append("</main>")
        out.append("<section class=\"references\">")
        out.append("<h2>Referanser</h2>")
        out.append("<ol>")
        for reference in handout.references {
            var entry = HTMLText.escaped(reference.parts.description)
            if let url = reference.parts.url { entry += " Tilgjengelig fra " + HTMLText.link(url) }
            if let credit = reference.guideline.credit { entry += " " + HTMLText.escaped("(\(credit))") }
            out.append("<li id=\"ref-\(reference.number)\" value=\"\(reference.number)\">\(entry)</li>")
        }
        out.append("</ol>")
        out.append("</section>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func render(_ r: HandoutRecommendation, number: Int) -> [String] {
        var out = ["<article class=\"recommendation\" id=\"r\(number)\">"]
        out.append("<h2><span class=\"number\">\(number).</span> \(HTMLText.escaped(r.title)) "
                   + "<a class=\"cite\" href=\"#ref-\(r.reference)\">[\(r.reference)]</a></h2>")
        out.append("<p class=\"origin\">\(HTMLText.escaped("\(r.guideline.title) › Kapittel \(r.chapter.number): \(r.chapter.title)"))</p>")
        if let draft = r.hearingDraft {
            out.append("<p class=\"draft\" role=\"note\"><strong>\(HTMLText.escaped(draft))</strong> – \(HTMLText.escaped(HandoutText.draftNotice(r.guideline)))</p>")
        }
        for part in r.parts {
            out.append("<section class=\"part \(part.kind)\">")
            if let title = HandoutText.heading(of: part) { out.append("<h3>\(HTMLText.escaped(title))</h3>") }
            for block in part.blocks { out += render(block) }
            out.append("</section>")
        }
        if !r.legalReferences.isEmpty {
            out.append("<section class=\"legal\">")
            out.append("<h3>Lovgrunnlag</h3>")
            out.append("<ul>")
            for reference in r.legalReferences {
                let address = reference.url.map { " – " + HTMLText.link($0) } ?? ""
                out.append("<li>\(HTMLText.escaped(reference.citation))\(address)</li>")
            }
            out.append("</ul>")
            out.append("</section>")
        }
        if let note = HandoutText.excerptNote(r) { out.append("<p class=\"excerpt\">\(HTMLText.escaped(note))</p>") }
        var source = "Kilde: <a href=\"#ref-\(r.reference)\">[\(r.reference)]</a> · "
            + HTMLText.escaped("\(r.source.path):\(r.source.lineDescription) · Id: \(r.id)")
        if let url = r.source.url { source += " · " + HTMLText.link(url) }
        out.append("<p class=\"source\">\(source)</p>")
        out.append("</article>")
        return out
    }

    private static func render(_ block: HandoutBlock) -> [String] {
        guard block.isChecklist else { return ["<p>\(HTMLText.escaped(block.text))</p>"] }
        var out: [String] = []
        if !block.text.isEmpty { out.append("<p class=\"lead-in\">\(HTMLText.escaped(block.text))</p>") }
        func list(_ items: [ArticleDetail.Item]) {
            out.append("<ul class=\"checklist\">")
            for item in items {
                if item.items.isEmpty {
                    out.append("<li>\(HTMLText.escaped(item.text))</li>")
                } else {
                    out.append("<li>\(HTMLText.escaped(item.text))")
                    list(item.items)
                    out.append("</li>")
                }
            }
            out.append("</ul>")
        }
        if !block.items.isEmpty { list(block.items) }
        return out
    }
}
