import GuideKit

/// `/rolle` and `/rolle/NAVN` (`guide role`): the roles the guidelines give tasks, as a table; or
/// one role's tasks per recommendation, each sentence with its norm tag, its checklist items, the
/// part it stands in and its source.
enum RolePage {
    static func overview(_ overview: RoleOverview) -> String {
        var main = "<h1>Hvem skal gjøre hva?</h1>" + form
        let acting = overview.roles.filter { $0.mentions > 0 }
        guard !acting.isEmpty else {
            return PageLayout.page(title: "Roller", current: .roles, main: main + "<p>Rådene i indeksen nevner ingen kjente roller.</p>")
        }
        main += "<table class=\"roller\"><thead><tr><th scope=\"col\">Rolle</th><th scope=\"col\">Oppgaver</th>"
            + "<th scope=\"col\">Råd</th><th scope=\"col\">Nevnt</th></tr></thead><tbody>"
        main += acting.map { role in
            "<tr><th scope=\"row\"><a href=\"/rolle/\(addressEncoded(role.name))\">\(escaped(role.name))</a></th>"
                + "<td>\(role.tasks)</td><td>\(role.recommendations)</td><td>\(role.mentions)</td></tr>"
        }.joined()
        main += "</tbody></table>"
        let unused = overview.roles.filter { $0.mentions == 0 }.map(\.name)
        if !unused.isEmpty {
            main += "<p class=\"hjelp\">Ikke nevnt i rådene: \(escaped(unused.joined(separator: ", ")))</p>"
        }
        return PageLayout.page(title: "Roller", current: .roles, main: main)
    }

    static func tasks(_ tasks: RoleTasks, name: String) -> String {
        var main = "<h1>Oppgaver for \(escaped(tasks.role))</h1>"
        guard !tasks.recommendations.isEmpty else {
            return PageLayout.page(title: name, current: .roles,
                                   main: main + "<p>Ingen treff: ingen råd i indeksen gir «\(escaped(tasks.role))» en oppgave.</p>" + form)
        }
        main += "<p class=\"antall\">\(tasks.count) råd. \(escaped(NormMark.legend))</p>"
        main += "<ol class=\"treffliste\">" + tasks.recommendations.map(recommendation).joined() + "</ol>"
        return PageLayout.page(title: name, current: .roles, main: main)
    }

    private static let form = """
    <form class="sok" action="/rolle" method="get">
    <p class="felt"><label for="rolle-q">Rolle</label>
    <input id="rolle-q" name="navn" type="search" autocomplete="off"></p>
    <p><button type="submit">Vis oppgaver</button></p>
    </form>
    """

    private static func recommendation(_ r: RoleTasks.Recommendation) -> String {
        var out = "<li class=\"treff\"><h2><a href=\"\(ResultParts.recommendationPath(r.recommendation.id))\">\(escaped(r.recommendation.title))</a></h2>"
        out += "<p class=\"opphav\">\(escaped(r.guideline.title)) \(ResultParts.draftBadge(r.guideline))</p>"
        var chapter = "Kapittel \(r.chapter.number): \(r.chapter.title)"
        if let strength = r.strength { chapter += " · Styrke: " + NormMark.name(norm: strength.norm, direction: strength.direction) }
        out += "<p class=\"del\">\(escaped(chapter))</p>"
        var previousPart: String?
        for task in r.tasks {
            if task.part != previousPart {
                out += "<h3>\(escaped(task.part))</h3>"
                previousPart = task.part
            }
            let tag = NormMark.tag(norm: task.statement.norm, direction: task.statement.direction)
                .map { "<strong class=\"norm\">\(escaped($0))</strong> " } ?? ""
            out += "<p class=\"utdrag\">\(tag)\(escaped(task.statement.text))</p>"
            if !task.items.isEmpty { out += "<ul>" + task.items.map { "<li>\(escaped($0))</li>" }.joined() + "</ul>" }
        }
        return out + ResultParts.source(r.source, guideline: r.guideline) + "</li>"
    }
}
