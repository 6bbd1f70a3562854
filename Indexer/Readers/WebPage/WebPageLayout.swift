import Foundation

/// A saved page split into what the site put around the content (chrome) and the content itself:
/// the header (skip links, notices, breadcrumb), the page title, the content lines, the citation
/// blocks and the footer. Chrome is recorded for what it tells (status, address, dates, product
/// type), then dropped.
struct WebPageLayout: Sendable {
    var breadcrumb: WebBreadcrumb?
    var title: WebPageLine?
    /// "Først publisert: …", "Siste faglige endring: …", wherever the page shows them.
    var dates = PublicationDates()
    /// "Nasjonal faglig retningslinje", "Pakkeforløp": the product label near the title.
    var productType: String?
    /// A strength label ("Sterk anbefaling") above the page title: the page is a recommendation.
    var titleLabel: WebPageLine?
    /// Content lines after the title, chrome and blank lines removed, in order.
    var content: [WebPageLine] = []
    var citations: [WebCitationBlock] = []
    var hasHearingBanner = false
    var hearingDeadline: String?
    /// "Forventet ferdigbehandlet: …" on a hearing page's status lines.
    var hearingExpected: String?
    /// A status line says the hearing is over ("Høringen er avsluttet").
    var hearingPassedStated = false
    /// First line of the site footer; nil for a page cut off before it.
    var footerLine: Int?
    /// The address a stored copy names in its first line.
    var address: WebPageAddress?
    /// The guideline's name from a title block above the page title, or a print metadata block's
    /// "Norsk tittel - …".
    var blockTitle: String?
    /// The first content line when the page shows no title line (its first line is a paragraph).
    var untitledStart: WebPageLine?
    /// Category labels of a link list ("Rundskriv", "Kapittel", "PDF") dropped as furniture: a sign
    /// of a navigation page.
    var categoryLabels = 0

    init(lines all: [WebPageLine]) {
        address = WebPageAddress.header(all)
        let lines = all.filter { $0.number != address?.line }
        var crumb: (text: String, line: Int)?
        let titleIndex = readHeader(lines, breadcrumb: &crumb)
        guard let titleIndex else { return }
        if isParagraph(lines[titleIndex].text) {
            untitledStart = lines[titleIndex]
            readContent(lines, from: titleIndex, to: lines.count, citations: [])
            return
        }
        title = lines[titleIndex]
        if let crumb {
            breadcrumb = WebBreadcrumb.parse(crumb.text, line: crumb.line, pageTitle: WebHeadings.withoutNumbering(lines[titleIndex].text))
            // Items parted only by a space: the address's guideline slug tells where the guideline's name ends.
            if breadcrumb?.chapterTitle == nil, let only = breadcrumb?.guidelineTitle, let split = address?.splitAtGuidelineSlug(only) {
                breadcrumb?.guidelineTitle = split.guideline
                breadcrumb?.chapterTitle = split.rest
            }
        }
        let citationIndices = lines.indices.filter { $0 > titleIndex && WebCitationBlock.matches(lines[$0].text) }
        var footer: Int?
        if let lastCitation = citationIndices.last {
            footer = lines.indices.first { $0 > lastCitation && WebChrome.footerHeadings.contains(WebChrome.key(lines[$0].text)) }
        }
        footer = footer ?? WebChrome.footerStart(in: lines, from: titleIndex + 1)
        footerLine = footer.map { lines[$0].number }
        readContent(lines, from: titleIndex + 1, to: footer ?? lines.count, citations: Set(citationIndices))
    }

    /// Skips the header chrome and returns the index of the page title line; the breadcrumb's text
    /// (glued on one line, or a bulleted list starting at the home page) goes to `breadcrumb`.
    private mutating func readHeader(_ lines: [WebPageLine], breadcrumb: inout (text: String, line: Int)?) -> Int? {
        var inNotice = false
        var inBulletCrumb = false
        for (i, line) in lines.enumerated() where !line.isBlank {
            if WebChrome.isNotice(line.text) {
                inNotice = true
                continue
            }
            if inNotice, WebChrome.isNoticeButton(line.text) { continue }
            inNotice = false
            if inPrintMetadata || WebFurniture.opensPrintMetadata(line.text), isFurniture(lines, i) { continue }
            if let item = line.bulletText {
                if breadcrumb == nil, WebBreadcrumb.homeWords.contains(item) {
                    breadcrumb = (item, line.number)
                    inBulletCrumb = true
                } else if inBulletCrumb, let crumb = breadcrumb {
                    breadcrumb = (crumb.text + "›" + item, crumb.line)
                }
                continue
            }
            inBulletCrumb = false
            if isChrome(line) { continue }
            if breadcrumb == nil, WebBreadcrumb.starts(line.text) {
                breadcrumb = (line.text, line.number)
                continue
            }
            if let type = WebChrome.productType(line.text) {
                productType = productType ?? type
                continue
            }
            if WebHeadings.labels.contains(WebChrome.key(line.text)) {
                titleLabel = line
                continue
            }
            if WebChrome.isOpenDataLine(line.text) || WebCitationBlock.matches(line.text) { continue }
            if isFurniture(lines, i) { continue }
            if blockTitle == nil, namesGuideline(line.text), let next = lines[(i + 1)...].first(where: { !$0.isBlank }),
               WebHeadings.hasHeadingShape(next.text, maxCharacters: 250, maxWords: 40) || WebHeadings.labels.contains(WebChrome.key(next.text)) {
                blockTitle = line.text
                continue
            }
            return i
        }
        return nil
    }

    /// A title block's first line names the guideline: a national product ("Nasjonal faglig
    /// retningslinje for …") or what the address's guideline slug names.
    private func namesGuideline(_ text: String) -> Bool {
        guard WebHeadings.hasHeadingShape(text, maxCharacters: 200, maxWords: 30) else { return false }
        let lower = text.lowercasedFast
        if lower.firstRange(ofPattern: #"(^|– |- )nasjonal[et]? (faglige? )?(retningslinje|råd|handlingsprogram|veileder)"#) != nil { return true }
        guard let address, let guideline = address.slugWords.first, guideline.count >= 1 else { return false }
        return address.confirms(text, slug: guideline)
    }

    /// A sentence, not a title: ends with a period after many words, or holds a sentence break,
    /// unless the address names it (a recommendation's title may be two sentences).
    private func isParagraph(_ text: String) -> Bool {
        if address?.confirms(text) == true { return false }
        let words = WebText.words(text).count
        if WebText.isLinkText(text) { return true }
        return (text.hasSuffix(".") && words >= 8) || (WebText.hasSentenceBreak(text) && words >= 12) || words > 40
    }

    // MARK: - Furniture

    private var inPrintMetadata = false

    /// Print metadata blocks, page notices, print notes, editor notes, label explanations, document
    /// kind labels, hearing status lines and table rules: noted when they tell something, then dropped.
    private mutating func isFurniture(_ lines: [WebPageLine], _ i: Int) -> Bool {
        let text = lines[i].text
        if WebFurniture.opensPrintMetadata(text) {
            inPrintMetadata = true
            return true
        }
        if inPrintMetadata {
            let field = WebFurniture.metadataField(lines[i].bulletText ?? text)
            if let field {
                if field.label.lowercasedFast == "norsk tittel", !field.value.isEmpty { blockTitle = blockTitle ?? field.value }
                return true
            }
            if !lines[i].isBullet, WebFurniture.isLabelRow(text) { return true }
            inPrintMetadata = false
        }
        if HearingStatusLine.matches(text) {
            noteBanner(text)
            return true
        }
        if let label = WebFurniture.explainedLabel(text) {
            if titleLabel == nil, !label.isEmpty { titleLabel = lines[i] }
            return true
        }
        if WebFurniture.isDocumentKind(text) {
            categoryLabels += 1
            return true
        }
        return WebFurniture.isPageNotice(text) || WebFurniture.isPrintNote(text) || WebFurniture.isEditorNote(text)
            || WebFurniture.isTableRule(text) || WebFurniture.isRepeatedLabel(text)
    }

    /// Chrome wherever it stands: skip links, buttons, hearing banners (noted), date lines (noted).
    private mutating func isChrome(_ line: WebPageLine) -> Bool {
        if WebChrome.isSkipLink(line.text) { return true }
        if let found = PublicationDates.parse(line.text) {
            dates.merge(found)
            return true
        }
        if WebChrome.isInterfaceLabel(line.text) { return true }
        if HearingBanner.matches(line.text) {
            noteBanner(line.text)
            return true
        }
        return false
    }

    private mutating func readContent(_ lines: [WebPageLine], from start: Int, to end: Int, citations: Set<Int>) {
        var inNotice = false
        var i = start
        while i < end {
            defer { i += 1 }
            let line = lines[i]
            if line.isBlank { continue }
            if citations.contains(i) {
                recordCitation(lines[i])
                continue
            }
            if WebChrome.isNotice(line.text) {
                inNotice = true
                continue
            }
            if inNotice, WebChrome.isNoticeButton(line.text) { continue }
            inNotice = false
            if isChrome(line) || WebChrome.isOpenDataLine(line.text) || introducesCitation(lines, i, citations: citations) {
                continue
            }
            if isFurniture(lines, i) {
                // An image's description stands right above its credit.
                if WebFurniture.isPhotoCredit(line.text), let last = content.last, last.number >= line.number - 2,
                   WebText.words(last.text).count <= 20, !last.isBullet {
                    content.removeLast()
                }
                continue
            }
            if content.isEmpty, let type = WebChrome.productType(line.text) {
                productType = productType ?? type
                continue
            }
            content.append(line)
        }
    }

    private mutating func recordCitation(_ line: WebPageLine) {
        citations.append(WebCitationBlock.parse(line.text, line: line.number))
    }

    private mutating func noteBanner(_ text: String) {
        hasHearingBanner = true
        if hearingDeadline == nil { hearingDeadline = HearingBanner.deadline(in: text) }
        if hearingExpected == nil { hearingExpected = HearingStatement.expectedCompletion(in: text) }
        if HearingStatement.statesDeadlinePassed(text) { hearingPassedStated = true }
    }

    /// "Slik refererer du til denne siden:" right before a citation block.
    private func introducesCitation(_ lines: [WebPageLine], _ i: Int, citations: Set<Int>) -> Bool {
        let key = WebChrome.key(lines[i].text)
        guard WebText.holds(key, "refer") || WebText.holds(key, "siter"), WebText.words(key).count <= 8 else { return false }
        guard let next = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }) else { return false }
        return citations.contains(next)
    }
}
