import GuideKit

/// Reads Helsedirektoratet web pages saved as text (a browser's "save as text").
///
/// `WebPageLayout` drops the site chrome (skip links, notices, breadcrumb, hearing banners, the
/// open-data line, the citation block, the footer, buttons, the product label, date lines) and keeps
/// what it tells: guideline title, status and chapter from the breadcrumb (glued, with separators or
/// bulleted), kind from the product label, "Først publisert"/"Siste faglige endring" dates, address,
/// year, publisher and access date from the citation block.
/// `WebUnit` turns the content into paragraphs, headings and bullet runs; `WebArticleAssembler`
/// builds the recommendations. A recommendation page is one article titled by the page title; a
/// chapter page (its title is not advice, and recommendation titles follow) holds several.
public struct WebPageReader: GuidelineReader {
    public init() {}

    public var name: String { "web" }

    public func fitness(for document: SourceDocument) -> Double {
        WebPageFitness.score(document)
    }

    public func read(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline? {
        let layout = WebPageLayout(lines: WebRawHTML.lines(WebPageLine.lines(of: document), raw: document.lines))
        guard var title = layout.title ?? untitledTitle(layout) else { return nil }
        let citation = layout.citations.first
        let crumb = layout.breadcrumb
        let url = citation?.url ?? layout.address?.url
        let hearing = crumb?.isHearingDraft == true || layout.hasHearingBanner || url?.contains("horingsutkast") == true
            || layout.address?.isHearing == true
        var content = WebGradedRows.relabelled(hearing ? HearingProcessText.removed(from: layout.content) : layout.content)
        // A listing's label as the title ("Alle anbefalinger"): the heading under it names the page.
        if WebHeadings.listingLabels.contains(WebChrome.key(title.text)), let first = content.first, !first.isBullet,
           WebHeadings.kind(of: first.text) == .subHeading {
            title = first
            content.removeFirst()
        }
        // A heading-shaped last line with nothing under it ends a copy cut off mid-page: not a passage.
        if content.count > 1, let last = content.last, !last.isBullet, WebHeadings.kind(of: last.text) == .subHeading {
            content.removeLast()
            diagnostics.append(document.warning(last.number, "siden slutter med en overskrift uten tekst under (\"\(last.text)\"); ikke indeksert (er filen avkuttet?)"))
        }
        let units = WebUnit.units(of: content)
        // A hearing page whose first heading is one of its documents ("Høringsinnspill") is about the guideline named above it.
        if hearing, HearingProcessText.isDocumentLabel(title.text), let name = layout.blockTitle ?? crumb?.guidelineTitle {
            title = WebPageLine(number: title.number, raw: name)
        }
        for line in layout.content {
            for placeholder in line.placeholders {
                diagnostics.append(document.warning(line.number, "plassholderen \"\(placeholder)\" står igjen i sideteksten; ikke indeksert"))
            }
        }
        let pageTitle = WebHeadings.withoutNumbering(title.text)
        let chapterPage = isChapterPage(title: pageTitle, units: units)
        let pageKind = pageArticleKind(title: pageTitle, labelled: layout.titleLabel != nil, units: units)

        var assembler = WebArticleAssembler(document: document)
        assembler.assemble(units, pageTitle: title, chapterPage: chapterPage, pageKind: pageKind, diagnostics: &diagnostics)
        var articles = assembler.articles.filter { !($0.kind == .text && $0.sections.isEmpty && $0.literature.isEmpty) }
            .map { $0.kind == .recommendation ? WebLostPart.restored($0) : $0 }
        let navigation = WebNavigationPage.matches(content, categoryLabels: layout.categoryLabels)
        if navigation {
            diagnostics.append(document.warning(title.number, "siden lister bare opp andre dokumenter (en lenkeliste); teksten er ikke indeksert"))
            articles = []
        }
        for article in articles where article.sections.isEmpty {
            diagnostics.append(document.warning(article.source.firstLine, "anbefalingen \"\(article.title)\" har ingen tekst"))
        }
        attachAddresses(layout.citations, to: &articles)

        let guidelineTitle = layout.blockTitle ?? crumb?.guidelineTitle ?? slugName(layout)
            ?? layout.address?.guidelineSlugName(spelledBy: layout.content) ?? addressedPageTitle(layout, title: title)
        if guidelineTitle == nil {
            diagnostics.append(document.warning(title.number, "ingen brødsmulesti (\"Forsiden…\") før sidetittelen; retningslinjens tittel og kapittel er ukjent"))
        }
        if layout.citations.isEmpty, layout.address == nil {
            let cut = layout.footerLine == nil ? " og ingen bunntekst: siden ser ut til å være avkuttet" : ""
            diagnostics.append(document.warning(max(1, document.lines.count), "ingen kildehenvisning (\"… [nettdokument] … Tilgjengelig fra …\")\(cut); sidens adresse er ukjent"))
        }

        let chapterTitle = chapterPage ? pageTitle : (crumb?.chapterTitle ?? crumb?.guidelineTitle ?? pageTitle)
        let chapterSpan = articles.map(\.source).reduce(document.span(title.number)) { $0.union($1) }
        let chapter = Chapter(number: 1, title: chapterTitle, articles: articles, source: chapterSpan)
        return Guideline(
            id: document.baseName, title: guidelineTitle ?? "", publisher: citation?.publisher,
            // A link list's first category label ("Nasjonal veileder") names a listed document, not the page.
            kind: navigation ? layout.address?.productKind ?? layout.productType : layout.productType ?? layout.address?.productKind,
            status: hearing ? hearingStatus(layout) : .published,
            url: url, accessed: citation?.accessed, year: citation?.year,
            firstPublished: layout.dates.firstPublished, lastChanged: layout.dates.lastChanged,
            place: citation?.place, chapters: articles.isEmpty ? [] : [chapter], source: document.span(1, max(1, document.lines.count)))
    }

    /// A hearing page's status: its deadline and expected completion from the status lines, and
    /// whether it says the deadline passed, there or in its text ("Høringsfristen er nå utløpt.").
    private func hearingStatus(_ layout: WebPageLayout) -> GuidelineStatus {
        let passed = layout.hearingPassedStated || layout.content.contains { HearingStatement.statesDeadlinePassed($0.text) }
        return .hearingDraft(deadline: layout.hearingDeadline, expectedCompletion: layout.hearingExpected, deadlinePassedStated: passed)
    }

    /// A page that opens with a paragraph has no title line: its article is titled by the title block,
    /// and without one the reader leaves the title to the file name (and says so).
    private func untitledTitle(_ layout: WebPageLayout) -> WebPageLine? {
        guard let start = layout.untitledStart else { return nil }
        return WebPageLine(number: start.number, raw: layout.blockTitle ?? slugName(layout) ?? "")
    }

    /// A landing page without a title line: the address's guideline slug, when the text confirms it.
    private func slugName(_ layout: WebPageLayout) -> String? {
        guard layout.title == nil, layout.untitledStart != nil else { return nil }
        return layout.address?.guidelineName(confirmedBy: layout.content)
    }

    /// On a stored copy with a known address, the page's own title names the document when nothing
    /// above it does and it is shaped as a name: a recommendation's advice ("… bør …") or sentences are
    /// never a guideline's name, which is then left to the metadata or the file name.
    private func addressedPageTitle(_ layout: WebPageLayout, title: WebPageLine) -> String? {
        guard layout.address != nil, layout.title != nil else { return nil }
        let text = WebHeadings.withoutNumbering(title.text)
        return WebHeadings.isNameShaped(text) ? text : nil
    }

    /// A chapter page: its first content is a recommendation title, or its own title is not advice
    /// while recommendations with their own parts follow.
    private func isChapterPage(title: String, units: [WebUnit]) -> Bool {
        if units.first(where: { $0.kind != .label })?.kind == .recommendationTitle { return true }
        let titleIsAdvice = WebHeadings.kind(of: title) == .recommendationTitle
        return !titleIsAdvice && !WebUnit.recommendationStarts(in: units).isEmpty
    }

    /// What a page that is not a chapter page holds: a recommendation when its title is advice, a
    /// strength label stands above it, or its text has a label or "Praktisk"/"Begrunnelse" parts;
    /// otherwise a text page ("Metode og prosess", a pakkeforløp step).
    private func pageArticleKind(title: String, labelled: Bool, units: [WebUnit]) -> Article.Kind {
        if labelled || WebHeadings.kind(of: title) == .recommendationTitle { return .recommendation }
        let parts: [WebHeadings.Kind] = [.label, .practical, .rationale]
        return units.contains { unit in unit.kind.map(parts.contains) == true } ? .recommendation : .text
    }

    /// Each citation block gives the address of the page it ends: one block for one recommendation,
    /// or one per recommendation in order. A chapter page's single block addresses the guideline only.
    private func attachAddresses(_ citations: [WebCitationBlock], to articles: inout [Article]) {
        let recommendations = articles.indices.filter { articles[$0].kind == .recommendation }
        guard citations.count == recommendations.count else { return }
        for (index, citation) in zip(recommendations, citations) { articles[index].url = citation.url }
    }
}
