import GuideKit

/// Finds the acts and regulations an article rests on, from its text and its links.
///
/// - Text: sections and chapters given to an act (`LegalTextScanner`), and acts named without one.
/// - Links: a lovdata.no or commentary address (`LegalURLInterpreter`) adds a reference only when the
///   text names that act somewhere without citing a section right there ("rundskriv til
///   helsepersonelloven", "helse- og omsorgstjenesteloven §" with the number moved away, a cut-off
///   long name, its title words). A PDF page's URL list may belong to more than one article, and
///   an article that already cites its act in full ("forskrift om X § 9") does not take a link to
///   "§ 11" from its neighbour. The linked reference stands where that mention is.
/// - Results: one per (act, section, part), in reading order; an act named without section is dropped
///   when the article cites a part of it. Every address is the canonical lovdata.no form
///   (`LegalAct.lovdataURL`), percent-decoded.
public enum LegalReferenceExtractor {
    /// The legal references of one article, from its text and its links, deduplicated, in reading order.
    public static func references(in article: Article) -> [LegalReference] {
        let text = LegalText(article: article)
        let mentions = ActMentionFinder.mentions(in: text)
        let citations = LegalTextScanner.citations(in: text, mentions: mentions)
        var found: [Found] = []

        for c in citations {
            found.append(Found(act: c.act, section: c.section, part: c.part, offset: c.offset,
                               source: text.source(at: c.offset) ?? article.source, fromLink: false))
        }
        let citingMentions = Set(citations.compactMap(\.namedAt))
        var openMention: [Int: Int] = [:]
        for m in mentions {
            guard case .named(let act, let form) = m.kind else { continue }
            let offset = m.range.lowerBound
            if form == .name {
                found.append(Found(act: act, section: nil, part: nil, offset: offset,
                                   source: text.source(at: offset) ?? article.source, fromLink: false))
            }
            if openMention[act] == nil, !citingMentions.contains(offset) { openMention[act] = offset }
        }
        for link in article.links {
            guard let p = LegalURLInterpreter.provision(in: link.url) else { continue }
            let said = found.first { !$0.fromLink && $0.act == p.act && $0.section == p.section && (p.part == nil || $0.part == p.part)
                && ($0.section != nil || $0.part != nil) }
            guard said == nil, let offset = openMention[p.act] else { continue }
            found.append(Found(act: p.act, section: p.section, part: p.part, offset: offset, source: link.source, fromLink: true))
        }
        return merged(found)
    }

    /// The references in a short text such as a user's query ("hpl § 10a", "pasientrettighetsloven § 3.3").
    public static func references(inText text: String, source: SourceSpan) -> [LegalReference] {
        let section = Section(kind: .other, blocks: [.paragraph(Paragraph(text: text, source: source))], source: source)
        return references(in: Article(title: "", sections: [section], source: source))
    }

    // MARK: - Merging

    private struct Found {
        let act: Int
        let section: String?
        let part: String?
        let offset: Int
        let source: SourceSpan
        let fromLink: Bool

        var key: [String?] { [String(act), section, part] }
        var isWholeAct: Bool { section == nil && part == nil }
    }

    private static func merged(_ found: [Found]) -> [LegalReference] {
        // Reading order; at one place, what the text says before what a link adds.
        let ordered = found.enumerated().sorted {
            ($0.element.offset, $0.element.fromLink ? 1 : 0, $0.offset) < ($1.element.offset, $1.element.fromLink ? 1 : 0, $1.offset)
        }.map(\.element)
        var seen: Set<[String?]> = []
        let kept = ordered.filter { seen.insert($0.key).inserted }
        let citedInPart = Set(kept.filter { !$0.isWholeAct }.map(\.act))
        return kept.filter { !($0.isWholeAct && citedInPart.contains($0.act)) }.map { f in
            let act = ActRegistry.table[f.act]
            return LegalReference(act: act.name, section: f.section, part: f.part,
                                  url: act.lovdataURL(section: f.section, part: f.part), source: f.source)
        }
    }
}
