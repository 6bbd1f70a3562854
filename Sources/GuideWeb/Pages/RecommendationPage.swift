import Foundation
import GuideKit

/// `/rad/ID`: one whole recommendation (`guide show`) with its origin, draft flag, legal basis and source.
enum RecommendationPage {
    static func page(_ article: ArticleDetail) -> String {
        var main = "<article class=\"anbefaling\">"
        main += "<p class=\"opphav\">\(escaped(article.guideline.title)) \(ResultParts.draftBadge(article.guideline))</p>"
        main += "<h1>\(escaped(article.title))</h1>"
        main += "<p class=\"del\">Kapittel \(article.chapter.number): \(escaped(article.chapter.title)) · <span class=\"id\">\(escaped(article.id))</span></p>"
        if let strength = article.strength {
            main += "<p class=\"styrke\">Styrke: \(escaped(NormMark.name(norm: strength.norm, direction: strength.direction)))</p>"
        }
        for section in article.sections {
            main += "<section><h2>\(escaped(section.kind.partHeading(title: section.title)))</h2>\(paragraphs(section.text))</section>"
        }
        for checklist in article.checklists {
            main += "<section class=\"sjekkliste\"><h2>\(escaped(checklist.title))</h2>\(items(checklist.items))</section>"
        }
        if !article.legalReferences.isEmpty {
            main += "<section><h2>Rettslig grunnlag</h2><ul>"
            main += article.legalReferences.map { reference in
                "<li>" + (reference.url.map { HTMLText.link($0, text: reference.citation) } ?? escaped(reference.citation)) + "</li>"
            }.joined()
            main += "</ul></section>"
        }
        if !article.links.isEmpty {
            main += "<section><h2>Lenker</h2><ul>"
            main += article.links.map { "<li>\(HTMLText.link($0.url, text: $0.text))</li>" }.joined()
            main += "</ul></section>"
        }
        if !article.literature.isEmpty {
            main += "<section><h2>Litteratur</h2><ul>" + article.literature.map { "<li>\(escaped($0))</li>" }.joined() + "</ul></section>"
        }
        main += ResultParts.source(article.source, guideline: article.guideline)
        main += """
        <form class="utdeling" action="/handout" method="get"><input type="hidden" name="id" value="\(escaped(article.id))">
        <p><button type="submit">Utdelingsark av denne anbefalingen</button></p></form>
        """
        main += "</article>"
        return PageLayout.page(title: article.title, main: main)
    }

    /// Text split into paragraphs at blank lines; single line breaks kept by the style sheet.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }.map { "<p class=\"tekst\">\(escaped($0))</p>" }.joined()
    }

    static func items(_ items: [ArticleDetail.Item]) -> String {
        guard !items.isEmpty else { return "" }
        return "<ul>" + items.map { "<li>\(escaped($0.text))\(Self.items($0.items))</li>" }.joined() + "</ul>"
    }
}
