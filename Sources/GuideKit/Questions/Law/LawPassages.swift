/// The citing side of `guide law`: which references of an article fall within the question, and
/// the sentences that mention them.
enum LawPassages {
    /// One reference of a citing article, with what a result needs about the article.
    struct Reference {
        let article: ArticleRecord
        let chapter: ChapterRecord
        let summary: LegalReferenceSummary
        let lines: ClosedRange<Int>
    }

    /// The references to the act (within the section or chapter), grouped by article in corpus order.
    static func citingReferences(act: String, section: String?, chapterNumber: String?,
                                 in store: IndexStore) throws -> [(String, [Reference])] {
        var grouped: [(String, [Reference])] = []
        for (r, article, chapter) in try store.references(act: act) {
            guard LawOrder.matches(section: r.section, part: r.part, wanted: section, chapterNumber: chapterNumber) else { continue }
            let reference = Reference(article: article, chapter: chapter, summary: LegalReferenceSummary(r),
                                      lines: r.firstLine...max(r.firstLine, r.lastLine))
            if grouped.last?.0 == article.id { grouped[grouped.count - 1].1.append(reference) } else { grouped.append((article.id, [reference])) }
        }
        return grouped
    }

    /// The act's names and abbreviations as the index stores them.
    static func sentenceFinder(act: String, in store: IndexStore) throws -> CitationSentences {
        var names: [String] = [], abbreviations: [String] = []
        for form in try store.actNames(act: act) {
            if form.isAbbreviation { abbreviations.append(form.alias) } else { names.append(form.alias) }
        }
        // A name keyed without its trailing dot ("lov om helsepersonell m.v") still ends a word.
        return CitationSentences(names: names.isEmpty ? [act] : names, abbreviations: abbreviations)
    }

    /// For each reference, the sentences that mention it: first in the parts its lines fall in,
    /// then anywhere in the article (a reference read from a link stands at the link), else the
    /// opening of the part it stands in. One passage per sentence, naming every reference it shows.
    static func passages(articleID: String, references: [Reference], finder: CitationSentences,
                         in store: IndexStore) throws -> [LawPassage] {
        let parts = try store.sections(articleID: articleID)
        var found: [String: (order: [Int], passage: LawPassage)] = [:]
        func add(_ part: SectionRecord, _ sentence: CitationSentences.Found, citation: String) {
            let key = "\(part.ordinal):\(sentence.offset)"
            if var existing = found[key] {
                if !existing.passage.citations.contains(citation) { existing.passage.citations.append(citation) }
                found[key] = existing
            } else {
                found[key] = ([part.ordinal, sentence.offset],
                              LawPassage(kind: part.kind, title: part.title, citations: [citation], snippet: sentence.snippet,
                                         lines: [part.firstLine, max(part.firstLine, part.lastLine)]))
            }
        }
        func lines(_ part: SectionRecord) -> ClosedRange<Int> { part.firstLine...max(part.firstLine, part.lastLine) }
        for reference in references {
            let section = reference.summary.section, part = reference.summary.part
            let around = parts.filter { lines($0).overlaps(reference.lines) }
            var matched = false
            for candidates in [around, parts] where !matched {
                for p in candidates {
                    for sentence in finder.sentences(in: p.text, section: section, part: part) {
                        add(p, sentence, citation: reference.summary.citation)
                        matched = true
                    }
                }
            }
            if !matched, let p = around.first, let opening = CitationSentences.opening(of: p.text) {
                add(p, opening, citation: reference.summary.citation)
            }
        }
        return found.values.sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.passage)
    }
}
