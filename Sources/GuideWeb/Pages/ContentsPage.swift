import GuideKit

/// `/innhold`: what the index covers, then every guideline with its chapters and recommendations (`guide list`).
enum ContentsPage {
    static func page(_ list: ListJSON) -> String {
        var main = "<h1>Innhold</h1>"
        main += "<div class=\"dekning\">\(TextBlock.html(CoverageRenderer.render(list.coverage, style: TextBlock.style)))</div>"
        for guideline in list.guidelines {
            let draft = HearingDraftNotice.text(for: guideline)
                .map { " <strong class=\"utkast\">\(escaped($0))</strong>" } ?? ""
            main += "<section class=\"retningslinje\"><h2>\(escaped(guideline.title))\(draft)</h2>"
            if let credit = GuidelineSummary.credit(publisher: guideline.publisher, licence: guideline.licence) {
                main += "<p class=\"kreditt\">\(escaped(credit))</p>"
            }
            if let url = guideline.url { main += "<p class=\"kilde\">Kilde: \(HTMLText.link(url))</p>" }
            for chapter in guideline.chapters {
                main += "<h3>Kapittel \(chapter.number): \(escaped(chapter.title))</h3><ul>"
                main += chapter.recommendations.map { recommendation in
                    "<li><a href=\"\(ResultParts.recommendationPath(recommendation.id))\">\(escaped(recommendation.title))</a></li>"
                }.joined()
                main += "</ul>"
            }
            main += "</section>"
        }
        return PageLayout.page(title: "Innhold", current: .contents, main: main)
    }
}
