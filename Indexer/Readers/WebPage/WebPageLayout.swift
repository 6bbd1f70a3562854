import Foundation

/// A saved page split into what the site put around the content (chrome) and the content itself:
/// the header (skip links, notices, breadcrumb), the page title, the content lines, the citation
/// blocks and the footer. Chrome is recorded for what it tells (status, address, dates), then dropped.
struct WebPageLayout: Sendable {
    var breadcrumb: WebBreadcrumb?
    var title: WebPageLine?
    /// Content lines after the title, chrome and blank lines removed, in order.
    var content: [WebPageLine] = []
    var citations: [WebCitationBlock] = []
    var hasHearingBanner = false
    var hearingDeadline: String?
    /// First line of the site footer; nil for a page cut off before it.
    var footerLine: Int?

    init(lines: [WebPageLine]) {
        let titleIndex = readHeader(lines)
        guard let titleIndex else { return }
        title = lines[titleIndex]
        if let crumb = breadcrumb {
            breadcrumb = WebBreadcrumb.parse(lines[crumb.line - 1].text, line: crumb.line, pageTitle: lines[titleIndex].text)
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

    /// Skips the header chrome and returns the index of the page title line.
    private mutating func readHeader(_ lines: [WebPageLine]) -> Int? {
        var inNotice = false
        for (i, line) in lines.enumerated() where !line.isBlank {
            if WebChrome.isNotice(line.text) {
                inNotice = true
                continue
            }
            if inNotice, WebChrome.isNoticeButton(line.text) { continue }
            inNotice = false
            if WebChrome.isSkipLink(line.text) || WebChrome.isInterfaceLabel(line.text) { continue }
            if HearingBanner.matches(line.text) {
                noteBanner(line.text)
                continue
            }
            if breadcrumb == nil, WebBreadcrumb.starts(line.text) {
                breadcrumb = WebBreadcrumb(guidelineTitle: nil, chapterTitle: nil, isHearingDraft: false, line: line.number)
                continue
            }
            if line.isBullet || WebChrome.isOpenDataLine(line.text) || WebCitationBlock.matches(line.text) { continue }
            return i
        }
        return nil
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
            if HearingBanner.matches(line.text) {
                noteBanner(line.text)
                continue
            }
            if WebChrome.isSkipLink(line.text) || WebChrome.isInterfaceLabel(line.text) || WebChrome.isOpenDataLine(line.text)
                || introducesCitation(lines, i, citations: citations) {
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
    }

    /// "Slik refererer du til denne siden:" right before a citation block.
    private func introducesCitation(_ lines: [WebPageLine], _ i: Int, citations: Set<Int>) -> Bool {
        let key = WebChrome.key(lines[i].text)
        guard key.contains("refer") || key.contains("siter"), WebText.words(key).count <= 8 else { return false }
        guard let next = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }) else { return false }
        return citations.contains(next)
    }
}
