import GuideKit

/// `/lov` and `/lov/ACT/§` (`guide law`): the acts the guidelines cite with their provisions linked
/// to lovdata.no and to the page of recommendations citing each; or those recommendations with the
/// sentences that mention the provision.
enum LawPage {
    static func overview(_ overview: LawOverview) -> String {
        var main = "<h1>Lover og forskrifter retningslinjene viser til</h1>" + form
        guard !overview.acts.isEmpty else {
            return PageLayout.page(title: "Lover", current: .law, main: main + "<p>Rådene i indeksen viser ikke til noen lov eller forskrift.</p>")
        }
        for act in overview.acts {
            main += "<section class=\"lovverk\"><h2><a href=\"\(path(act.act))\">\(escaped(act.act))</a>"
                + " <span class=\"antall\">sitert i \(act.count) råd</span></h2>"
            if let url = act.url { main += "<p class=\"lov\">\(HTMLText.link(url, text: "Les på lovdata.no"))</p>" }
            main += provisions(act.provisions, act: act.act, kind: act.kind)
            main += "</section>"
        }
        return PageLayout.page(title: "Lover", current: .law, main: main)
    }

    static func citations(_ citations: LawCitations, reference: String) -> String {
        let asked = LegalCitation.text(act: citations.act, section: citations.section, part: citations.part)
        var main = "<h1>\(escaped(asked))</h1>"
        if let url = citations.url { main += "<p class=\"lov\">\(HTMLText.link(url, text: "Les \(asked) på lovdata.no"))</p>" }
        guard !citations.recommendations.isEmpty else {
            return PageLayout.page(title: asked, current: .law, main: main + "<p>Ingen råd i indeksen viser til \(escaped(asked)).</p>" + form)
        }
        main += "<p class=\"antall\">Sitert i \(citations.count) råd.</p>"
        if citations.section == nil, citations.provisions.count > 1 {
            main += provisions(citations.provisions, act: citations.act, kind: citations.kind)
        }
        main += "<ol class=\"treffliste\">" + citations.recommendations.map { recommendation($0, kind: citations.kind) }.joined() + "</ol>"
        return PageLayout.page(title: asked, current: .law, main: main)
    }

    private static let form = """
    <form class="sok" action="/lov" method="get">
    <p class="felt"><label for="lov-q">Lov og paragraf</label>
    <input id="lov-q" name="q" type="search" autocomplete="off" aria-describedby="lov-hjelp"></p>
    <p id="lov-hjelp" class="hjelp">For eksempel «helsepersonelloven § 10a» eller «pbrl».</p>
    <p><button type="submit">Vis</button></p>
    </form>
    """

    private static func recommendation(_ r: CitingRecommendation, kind: ActKind) -> String {
        var out = "<li class=\"treff\"><h2><a href=\"\(ResultParts.recommendationPath(r.recommendation.id))\">\(escaped(r.recommendation.title))</a>"
            + (r.recommendation.kind == .text ? " <span class=\"antall\">(tekst)</span>" : "") + "</h2>"
        out += "<p class=\"opphav\">\(escaped(r.guideline.title)) \(ResultParts.draftBadge(r.guideline))</p>"
        out += "<p class=\"del\">Kapittel \(r.chapter.number): \(escaped(r.chapter.title))</p>"
        out += "<p>Viser til: " + r.citations.map { escaped(LawRenderer.label(section: $0.section, part: $0.part, kind: kind)) }.joined(separator: "; ") + "</p>"
        var previousPart: [Int]?
        for passage in r.passages {
            if passage.lines != previousPart {
                out += "<h3>\(escaped(passage.kind.partHeading(title: passage.title)))</h3>"
                previousPart = passage.lines
            }
            out += "<p class=\"utdrag\">«\(ResultParts.snippet(passage.snippet))»</p>"
        }
        return out + ResultParts.source(r.source, guideline: r.guideline) + "</li>"
    }

    /// A table of provisions: the provision (linked to its citing recommendations), how many cite
    /// it, and its lovdata.no address.
    private static func provisions(_ provisions: [CitedProvision], act: String, kind: ActKind) -> String {
        guard !provisions.isEmpty else { return "" }
        var out = "<table class=\"paragrafer\"><thead><tr><th scope=\"col\">Bestemmelse</th><th scope=\"col\">Råd</th>"
            + "<th scope=\"col\">Lovdata</th></tr></thead><tbody>"
        for provision in provisions {
            let name = LawRenderer.label(section: provision.section, part: provision.part, kind: kind)
            let page = path(act, section: provision.section ?? provision.part)
            out += "<tr><th scope=\"row\"><a href=\"\(page)\">\(escaped(name))</a></th><td>\(provision.count)</td><td>"
                + (provision.url.map { HTMLText.link($0, text: "lovdata.no") } ?? "") + "</td></tr>"
        }
        return out + "</tbody></table>"
    }

    /// `/lov/helsepersonelloven/10a`: the section's number without "§".
    private static func path(_ act: String, section: String? = nil) -> String {
        var out = "/lov/" + addressEncoded(act)
        if let section {
            let number = section.replacingOccurrences(of: "§", with: "").trimmingCharacters(in: .whitespaces)
            out += "/" + addressEncoded(number)
        }
        return out
    }
}
