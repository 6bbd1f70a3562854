import GuideKit

/// Where a sub-headed part of a recommendation ends when the saved page lost the heading of the part
/// after it (on the site "Praktisk" is a tab): when the statement and the next part both have
/// sub-headings, one of them can stand in both ("Pårørende"), so the same sub-heading twice in one
/// recommendation says a part began between them. It began inside the first one's section, at its
/// first paragraph that no longer speaks of that heading's subject; that text becomes an untitled
/// section of its own instead of running on under a heading it is not about. Which part it is the
/// text does not say, so it keeps the kind of the sections around it. Without a repeated sub-heading
/// nothing is moved: the text gives no other sign.
enum WebLostPart {
    static func restored(_ article: Article) -> Article {
        var article = article
        let sections = article.sections
                let end = sections.firstIndex { $0.kind == .rationale || $0.kind == .references } ?? sections.count
        guard let first = firstRepeatedHeading(sections[..<end]), let title = sections[first].title else { return article }

        let blocks = sections[first].blocks
        if let split = blocks.indices.dropFirst().first(where: { !speaks(of: title, blocks[$0]) }) {
            let moved = Array(blocks[split...])
            let span = moved.map(\.source).reduce(moved[0].source) { $0.union($1) }
            article.sections[first].blocks = Array(blocks[..<split])
            article.sections[first].source = article.sections[first].blocks.map(\.source)
                .reduce(SourceSpan(path: span.path, firstLine: sections[first].source.firstLine,
                                   lastLine: sections[first].source.firstLine)) { $0.union($1) }
            article.sections.insert(Section(title: nil, kind: .other, blocks: moved, source: span), at: first + 1)
        }
        return article
    }

    /// The first sub-heading of the statement that stands again further on.
    private static func firstRepeatedHeading(_ sections: ArraySlice<Section>) -> Int? {
        let keys = sections.map { $0.kind == .other ? $0.title.map(WebChrome.key) : nil }
        for (offset, key) in keys.enumerated() {
            guard let key, !key.isEmpty else { continue }
            if keys[(offset + 1)...].contains(key) { return sections.startIndex + offset }
        }
        return nil
    }

    /// Whether a paragraph's first sentence (a checklist's lead-in) names a word of the heading,
    /// inflected or compounded ("pårørendes" under "Pårørende").
    private static func speaks(of heading: String, _ block: Block) -> Bool {
        let text: String
        switch block {
        case .paragraph(let p): text = p.text
        case .checklist(let c): text = c.leadIn
        }
        let sentence = text.firstRange(ofPattern: #"[.!?:](\s|$)"#).map { String(text[..<$0.lowerBound]) } ?? text
        let words = WebText.words(sentence.lowercasedFast)
        let stems = WebText.words(heading.lowercasedFast).filter { $0.count >= 4 }.map { $0.prefix(max(4, $0.count - 2)) }
        return stems.contains { stem in words.contains { $0.hasPrefix(stem) } }
    }
}
