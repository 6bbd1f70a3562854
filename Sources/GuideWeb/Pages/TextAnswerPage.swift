import GuideKit

/// `/plan`, `/lov`, `/rolle` (and below): the answer as the CLI words it, with a form to ask again and
/// links to go further (each act, section and role has its own address).
enum TextAnswerPage {
    static func plan(_ answer: PlanAnswer?, situation: String) -> String {
        let form = """
        <form class="sok" action="/plan" method="get">
        <p class="felt"><label for="plan-q">Situasjon</label>
        <input id="plan-q" name="q" type="search" value="\(escaped(situation))" autocomplete="off"></p>
        <p><button type="submit">Vis plan</button></p>
        </form>
        """
        let body = answer.map { TextBlock.html(PlanRenderer.render($0, style: TextBlock.style)) } ?? ""
        return PageLayout.page(title: situation.isEmpty ? "Plan" : "Plan: \(situation)", current: .plan,
                               main: "<h1>Hva bør planen inneholde?</h1>\(form)<section aria-label=\"Plan\">\(body)</section>")
    }

    static func lawOverview(_ overview: LawOverview) -> String {
        let form = """
        <form class="sok" action="/lov" method="get">
        <p class="felt"><label for="lov-q">Lov og paragraf</label>
        <input id="lov-q" name="q" type="search" autocomplete="off" aria-describedby="lov-hjelp"></p>
        <p id="lov-hjelp" class="hjelp">For eksempel «helsepersonelloven § 10a» eller «pbrl».</p>
        <p><button type="submit">Vis</button></p>
        </form>
        """
        return PageLayout.page(title: "Lover", current: .law,
                               main: "<h1>Lover og forskrifter retningslinjene viser til</h1>\(form)\(TextBlock.html(LawRenderer.render(overview, style: TextBlock.style)))")
    }

    static func law(_ citations: LawCitations, reference: String) -> String {
        PageLayout.page(title: reference, current: .law,
                        main: "<h1>\(escaped(reference))</h1>\(TextBlock.html(LawRenderer.render(citations, style: TextBlock.style)))")
    }

    static func roles(_ overview: RoleOverview) -> String {
        let form = """
        <form class="sok" action="/rolle" method="get">
        <p class="felt"><label for="rolle-q">Rolle</label>
        <input id="rolle-q" name="navn" type="search" autocomplete="off"></p>
        <p><button type="submit">Vis oppgaver</button></p>
        </form>
        """
        return PageLayout.page(title: "Roller", current: .roles,
                               main: "<h1>Hvem skal gjøre hva?</h1>\(form)\(TextBlock.html(RoleRenderer.render(overview, style: TextBlock.style)))")
    }

    static func role(_ tasks: RoleTasks, name: String) -> String {
        PageLayout.page(title: name, current: .roles,
                        main: "<h1>\(escaped(name))</h1>\(TextBlock.html(RoleRenderer.render(tasks, style: TextBlock.style)))")
    }

    /// A question the site could not answer as asked: the reason, and the way back.
    static func problem(_ message: String, title: String) -> String {
        PageLayout.page(title: title, main: "<h1>\(escaped(title))</h1><p>\(escaped(message))</p><p><a href=\"/\">Til søket</a></p>")
    }
}
