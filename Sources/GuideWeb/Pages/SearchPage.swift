import GuideKit

/// `/` and `/sok`: one form (GET, so it works without JavaScript and its address can be shared),
/// the hits below it; `app.js` replaces the hits with `/sok?…&fragment=1` as the user types.
enum SearchPage {
    struct Choices {
        var query = ""
        var role = ""
        var obligationsOnly = false
        var guideline = ""
        /// Guideline ids and titles for the filter.
        var guidelines: [(id: String, title: String)] = []
    }

    static func page(_ choices: Choices, results: String) -> String {
        let title = choices.query.isEmpty ? "Søk" : "Søk: \(choices.query)"
        return PageLayout.page(title: title, current: .search, main: """
        <h1>Hva sier retningslinjene?</h1>
        \(form(choices))
        <section id="treff" aria-live="polite" aria-label="Treff">
        \(results)
        </section>
        """)
    }

    static func form(_ choices: Choices) -> String {
        let options = choices.guidelines.map { guideline in
            let selected = guideline.id == choices.guideline ? " selected" : ""
            return "<option value=\"\(escaped(guideline.id))\"\(selected)>\(escaped(guideline.title))</option>"
        }.joined()
        return """
        <form id="sok" class="sok" role="search" action="/sok" method="get">
        <p class="felt"><label for="q">Beskriv situasjonen</label>
        <input id="q" name="q" type="search" value="\(escaped(choices.query))" autocomplete="off" spellcheck="false"
         aria-describedby="q-hjelp"></p>
        <p id="q-hjelp" class="hjelp">For eksempel «pårørende barn ved ALS» eller «taushetsplikt».</p>
        <div class="filtre">
        <div class="filter"><p class="felt"><label for="rolle">Rolle</label>
        <input id="rolle" name="rolle" type="text" value="\(escaped(choices.role))" autocomplete="off" aria-describedby="rolle-hjelp"></p>
        <p id="rolle-hjelp" class="hjelp">Bare råd der rollen skal handle, f.eks. fastlege (se <a href="/rolle">Roller</a>).</p></div>
        <div class="filter"><p class="felt"><label for="retningslinje">Retningslinje</label>
        <select id="retningslinje" name="retningslinje"><option value="">Alle</option>\(options)</select></p></div>
        <div class="filter"><p class="valg"><input id="plikt" name="plikt" type="checkbox" value="1"\(choices.obligationsOnly ? " checked" : "")>
        <label for="plikt">Bare plikter («skal», «må»)</label></p></div>
        </div>
        <p><button type="submit">Søk</button></p>
        </form>
        """
    }

    /// The hits, as the page shows them and as the fragment `app.js` fetches. Ticked hits go to the
    /// handout builder (`/handout?id=…`), a form of its own.
    static func results(_ answer: SearchJSON, hits: [SearchHit], asked: Bool) -> String {
        guard asked else { return "" }
        guard !hits.isEmpty else {
            if answer.terms.isEmpty { return "<p class=\"tomt\">Ingen søkeord. Skriv hva situasjonen gjelder, f.eks. «pårørende barn».</p>" }
            let coverage = answer.coverage.map { CoverageRenderer.noHitsSentences($0).map { "<p>\(escaped($0))</p>" }.joined() } ?? ""
            return "<p class=\"tomt\">Ingen treff for «\(escaped(answer.terms.joined(separator: " ")))».</p>\(coverage)"
        }
        var out = "<p class=\"antall\">\(hits.count) treff</p>"
        if !answer.corrections.isEmpty {
            let shown = answer.corrections.map { "«\(escaped($0.searched))» (skrevet «\(escaped($0.typed))»)" }.joined(separator: ", ")
            out += "<p class=\"rettet\">Viser treff for \(shown)</p>"
        }
        out += "<form class=\"utdeling\" action=\"/handout\" method=\"get\"><ol class=\"treffliste\">"
        out.reserveCapacity(out.utf8.count + hits.count * 2048)
        // Hits mostly share a few guidelines: each one's badge is made once for this page.
        var badges: [String: String] = [:]
        for (offset, found) in hits.enumerated() {
            let badge = badges[found.guideline.id] ?? ResultParts.draftBadge(found.guideline)
            badges[found.guideline.id] = badge
            out += hit(found, number: offset + 1, badge: badge)
        }
        out += """
        </ol>
        <p class="lag"><button type="submit">Lag utdelingsark av de valgte</button>
        <button type="submit" name="format" value="md">Som Markdown</button></p>
        </form>
        """
        return out
    }

    static func hit(_ hit: SearchHit, number: Int, badge: String) -> String {
        let title = hit.recommendation?.title ?? hit.chapter.title
        let heading = hit.recommendation.map { "<a href=\"\(ResultParts.recommendationPath($0.id))\">\(escaped(title))</a>" } ?? escaped(title)
        let part = hit.section.kind.partHeading(title: hit.section.title)
        let obligations = (hit.obligations ?? []).map { statement in
            let tag = NormMark.tag(norm: statement.norm, direction: statement.direction).map { "<strong>\(escaped($0))</strong> " } ?? ""
            return "<li>\(tag)\(escaped(statement.text))</li>"
        }.joined()
        let pick = hit.recommendation.map { recommendation in
            """
            <p class="velg"><input type="checkbox" id="velg-\(number)" name="id" value="\(escaped(recommendation.id))">
            <label for="velg-\(number)">Ta med i utdelingsark</label></p>
            """
        } ?? ""
        return """
        <li class="treff"><article aria-labelledby="treff-\(number)">
        <h2 id="treff-\(number)">\(heading)</h2>
        <p class="opphav">\(escaped(hit.guideline.title)) \(badge)</p>
        <p class="del">Kapittel \(hit.chapter.number): \(escaped(hit.chapter.title)) · Del: \(escaped(part))</p>
        <p class="utdrag">\(ResultParts.snippet(hit.snippet))</p>
        \(obligations.isEmpty ? "" : "<ul class=\"plikter\">\(obligations)</ul>")
        \(ResultParts.legalBasis(hit.legalReferences))
        \(ResultParts.source(hit.source, guideline: hit.guideline))
        \(pick)
        </article></li>
        """
    }
}
