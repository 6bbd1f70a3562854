/// `guide plan` for people: what the plan should contain (merged items, nested), the tasks of the
/// roles that make it, then the numbered checklists the items come from, each with its lead-in and
/// where it stands. Items carry their checklists' numbers when more than one list is shown.
public enum PlanRenderer {
    public static func render(_ answer: PlanAnswer, style: TextStyle) -> String {
        var out: [String] = []
        for correction in answer.corrections {
            out.append(style.dim("Viser treff for «\(correction.searched)» (skrevet «\(correction.typed)»)"))
        }
        guard !answer.checklists.isEmpty else {
            let about = answer.situation.map { " for «\($0)»" } ?? ""
            out.append("Fant ingen sjekkliste om hva en plan bør inneholde\(about).")
            out.append(style.dim("Søk i alle rådene: guide search " + (answer.situation ?? "plan")))
            return out.joined(separator: "\n") + "\n"
        }
        let drafts = answer.checklists.filter { $0.guideline.isHearingDraft }.map { "[\($0.number)]" }
        if !drafts.isEmpty {
            let which = drafts.count == answer.checklists.count ? "Kildene" : "Kilde " + drafts.joined(separator: ", ")
            out.append(style.warning("HØRINGSUTKAST") + " – \(which) er utkast på høring, ikke gjeldende råd.")
        }
        let numbered = answer.checklists.count > 1
        if !answer.plan.isEmpty {
            out.append(style.bold("Planen bør inneholde") + lists(answer, topic: .plan))
            out += answer.plan.flatMap { lines($0, depth: 0, numbered: numbered, style: style) }
        }
        if !answer.tasks.isEmpty {
            if answer.plan.isEmpty {
                out.append(style.dim("Ingen sjekkliste her sier hva planen bør inneholde; rollene som lager den har disse oppgavene."))
            } else {
                out.append("")
            }
            out.append(style.bold("Oppgaver knyttet til planen") + lists(answer, topic: .tasks))
            out += answer.tasks.flatMap { lines($0, depth: 0, numbered: numbered, style: style) }
        }
        out.append("")
        out.append(style.accent("Kilder"))
        for checklist in answer.checklists { out.append(source(checklist, style: style)) }
        return out.joined(separator: "\n") + "\n"
    }

    /// " – fra 2 sjekklister".
    private static func lists(_ answer: PlanAnswer, topic: ChecklistTopic) -> String {
        let count = answer.checklists.filter { $0.topic == topic }.count
        return " – fra \(count) sjekkliste" + (count == 1 ? "" : "r")
    }

    private static func lines(_ item: PlanItem, depth: Int, numbered: Bool, style: TextStyle) -> [String] {
        let lead = String(repeating: "  ", count: depth + 1) + "• "
        var text = item.text
        if numbered {
            var seen = Set<Int>()
            let numbers = item.sources.map(\.checklist).filter { seen.insert($0).inserted }
            text += " " + style.dim("[" + numbers.map(String.init).joined(separator: ",") + "]")
        }
        return [style.wrapped(text, indent: String(repeating: " ", count: lead.count), firstIndent: lead)]
            + item.items.flatMap { lines($0, depth: depth + 1, numbered: numbered, style: style) }
    }

    /// "9 punkter, 3 underpunkter".
    private static func counted(_ c: PlanChecklist) -> String {
        let nested = c.itemCount - c.topLevelItemCount
        return "\(c.topLevelItemCount) punkt" + (c.topLevelItemCount == 1 ? "" : "er")
            + (nested > 0 ? ", \(nested) underpunkt" + (nested == 1 ? "" : "er") : "")
    }

    private static func source(_ c: PlanChecklist, style: TextStyle) -> String {
        var lines: [String] = []
        lines.append(style.wrapped("«" + c.leadIn + "»", indent: "    ", firstIndent: "[\(c.number)]".padding(4)))
        var origin = c.guideline.title
        if let draft = HearingDraftNotice.text(for: c.guideline) { origin += " · " + style.warning(draft) }
        lines.append(style.wrapped(origin, indent: "    "))
        let id = c.recommendation.id.split(separator: "/").last.map(String.init) ?? c.recommendation.id
        lines.append(style.wrapped(style.dim("\(id) \(c.recommendation.title) · Del: "
                                             + c.part.partHeading(title: c.partTitle)), indent: "    "))
        lines.append(style.dim("    Sjekkliste: \(c.topic.label)" + (c.plan.map { " – \($0)" } ?? "")
                               + " · " + counted(c) + (c.fit.map { " · treff \(Int(($0 * 100).rounded())) %" } ?? "")))
        lines.append(style.dim("    Kilde: \(c.source.path):\(c.source.lineDescription)" + (c.guideline.credit.map { " · \($0)" } ?? "")))
        if let url = c.source.url { lines.append(style.dim("    " + url)) }
        lines.append(style.dim("    Vis hele: guide show \(c.recommendation.id)"))
        return lines.joined(separator: "\n")
    }
}
