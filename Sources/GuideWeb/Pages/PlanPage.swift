import GuideKit

/// `/plan?q=…` (`guide plan`): what the plan should contain, merged across checklists as nested
/// lists, each item with links to the numbered sources it comes from, then the sources themselves.
enum PlanPage {
    static func page(_ answer: PlanAnswer?, situation: String) -> String {
        let form = """
        <form class="sok" action="/plan" method="get">
        <p class="felt"><label for="plan-q">Situasjon</label>
        <input id="plan-q" name="q" type="search" value="\(escaped(situation))" autocomplete="off"></p>
        <p><button type="submit">Vis plan</button></p>
        </form>
        """
        let body = answer.map(answerHTML) ?? ""
        return PageLayout.page(title: situation.isEmpty ? "Plan" : "Plan: \(situation)", current: .plan,
                               main: "<h1>Hva bør planen inneholde?</h1>\(form)<section aria-label=\"Svar\">\(body)</section>")
    }

    static func answerHTML(_ answer: PlanAnswer) -> String {
        var out = answer.corrections.map {
            "<p class=\"rettet\">Viser treff for «\(escaped($0.searched))» (skrevet «\(escaped($0.typed))»)</p>"
        }.joined()
        guard !answer.checklists.isEmpty else {
            let about = answer.situation.map { " for «\(escaped($0))»" } ?? ""
            let query = addressEncoded(answer.situation ?? "plan")
            return out + "<p>Fant ingen sjekkliste om hva en plan bør inneholde\(about).</p>"
                + "<p><a href=\"/sok?q=\(query)\">Søk i alle rådene</a></p>"
        }
        let numbered = answer.checklists.count > 1
        if !answer.plan.isEmpty {
            out += "<h2>Planen bør inneholde <span class=\"antall\">– \(lists(answer, .plan))</span></h2>"
            out += items(answer.plan, numbered: numbered)
        }
        if !answer.tasks.isEmpty {
            if answer.plan.isEmpty {
                out += "<p class=\"hjelp\">Ingen sjekkliste her sier hva planen bør inneholde; rollene som lager den har disse oppgavene.</p>"
            }
            out += "<h2>Oppgaver knyttet til planen <span class=\"antall\">– \(lists(answer, .tasks))</span></h2>"
            out += items(answer.tasks, numbered: numbered)
        }
        out += "<h2>Kilder</h2><ol class=\"kilder\">" + answer.checklists.map(source).joined() + "</ol>"
        return out
    }

    /// "fra 2 sjekklister".
    private static func lists(_ answer: PlanAnswer, _ topic: ChecklistTopic) -> String {
        let count = answer.checklists.filter { $0.topic == topic }.count
        return "fra \(count) sjekkliste" + (count == 1 ? "" : "r")
    }

    private static func items(_ items: [PlanItem], numbered: Bool) -> String {
        guard !items.isEmpty else { return "" }
        return "<ul class=\"plan\">" + items.map { item in
            var seen = Set<Int>()
            let numbers = item.sources.map(\.checklist).filter { seen.insert($0).inserted }
            let references = numbered
                ? " <span class=\"kildenr\">[" + numbers.map { "<a href=\"#kilde-\($0)\" aria-label=\"kilde \($0)\">\($0)</a>" }
                    .joined(separator: ",") + "]</span>"
                : ""
            return "<li>\(escaped(item.text))\(references)\(Self.items(item.items, numbered: numbered))</li>"
        }.joined() + "</ul>"
    }

    private static func source(_ c: PlanChecklist) -> String {
        var out = "<li id=\"kilde-\(c.number)\" value=\"\(c.number)\"><p>«\(escaped(c.leadIn))»</p>"
        out += "<p class=\"opphav\">\(escaped(c.guideline.title)) \(ResultParts.draftBadge(c.guideline))</p>"
        out += "<p class=\"del\"><a href=\"\(ResultParts.recommendationPath(c.recommendation.id))\">\(escaped(c.recommendation.title))</a>"
            + " · Del: \(escaped(c.part.partHeading(title: c.partTitle)))</p>"
        return out + ResultParts.source(c.source, guideline: c.guideline) + "</li>"
    }
}
