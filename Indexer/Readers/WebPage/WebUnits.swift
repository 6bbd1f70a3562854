/// The content of a page as units: one line of text (a paragraph or a heading: saved pages keep
/// each paragraph on one line) or one run of bullet lines. Headings are confirmed by what follows.
struct WebUnit: Sendable {
    /// Nil for a bullet run.
    var kind: WebHeadings.Kind?
    var lines: [WebPageLine]

    var isBullets: Bool { kind == nil }
    var text: String { lines.first?.text ?? "" }
    /// The text as a title: without its section number ("3.1. Kartlegging" → "Kartlegging").
    var title: String { WebHeadings.withoutNumbering(text) }
    var firstLine: Int { lines.first?.number ?? 0 }
    var lastLine: Int { lines.last?.number ?? 0 }

    static func units(of content: [WebPageLine]) -> [WebUnit] {
        var units: [WebUnit] = []
        for line in content {
            if line.isBullet, let last = units.last, last.isBullets {
                units[units.count - 1].lines.append(line)
            } else {
                units.append(WebUnit(kind: kind(of: line, after: units.last), lines: [line]))
            }
        }
        // A heading is a heading only when text follows it, or when it groups the one heading
        // under it ("Helsedirektoratets kommentarer" above "Kommunens ansvar …" and its text).
        let read = units
        for i in units.indices {
            guard let kind = units[i].kind, kind == .subHeading || kind == .recommendationTitle else { continue }
            let next = i + 1 < units.count ? units[i + 1] : nil
            if next == nil || (kind == .subHeading && next?.kind == .subHeading && !groupsOneHeading(i, in: read)) {
                units[i].kind = .paragraph
            } else if let next, !next.isBullets, continuesNumbering(units[i].text, with: next.text) {
                units[i].kind = .paragraph
            }
        }
        return units
    }

    /// A lone sub-heading right above another whose text follows: not one of a run of short lines
    /// (a list without bullets), which stays text.
    private static func groupsOneHeading(_ i: Int, in units: [WebUnit]) -> Bool {
        guard i + 2 < units.count, units[i + 1].kind == .subHeading else { return false }
        let after = units[i + 2].kind
        guard after == nil || after == .paragraph || after == .practical || after == .rationale else { return false }
        return i == 0 || units[i - 1].kind != .subHeading
    }

    /// A table row is text; a heading-shaped line under a strength label is a recommendation's
    /// title even without a normative verb ("Sterk anbefaling" / "Trombolyse ved hjerneinfarkt"); a
    /// numbered line right after the one numbered before it is an item of an ordered list, not a heading.
    private static func kind(of line: WebPageLine, after previous: WebUnit?) -> WebHeadings.Kind? {
        if line.isBullet { return nil }
        if line.isTableRow { return .paragraph }
        let kind = WebHeadings.kind(of: line.text)
        if previous?.kind == .label, kind == .subHeading || kind == .paragraph,
           WebHeadings.hasHeadingShape(WebHeadings.withoutNumbering(line.text), maxCharacters: 250, maxWords: 40) {
            return .recommendationTitle
        }
        if kind != .paragraph, let previous, !previous.isBullets, continuesNumbering(previous.text, with: line.text) {
            return .paragraph
        }
        return kind
    }

    /// "2. …" after "1. …", "3.4. …" after "3.3. …".
    private static func continuesNumbering(_ previous: String, with text: String) -> Bool {
        func numbers(_ t: String) -> [Int]? {
            guard let range = WebHeadings.numbering(of: t) else { return nil }
            return t[range].split(separator: ".").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard let before = numbers(previous), let current = numbers(text), before.count == current.count,
              let last = current.last, let previousLast = before.last else { return false }
        return before.dropLast() == current.dropLast() && last == previousLast + 1
    }

    /// Indices of recommendation titles that open a recommendation of their own: a label stands above
    /// them, or their text has its own "Praktisk"/"Begrunnelse" part (heading or rationale opening)
    /// before the next such title.
    static func recommendationStarts(in units: [WebUnit]) -> Set<Int> {
        var starts: Set<Int> = []
        for (i, unit) in units.enumerated() where unit.kind == .recommendationTitle {
            if i > 0, units[i - 1].kind == .label {
                starts.insert(i)
                continue
            }
            var j = i + 1
            while j < units.count, units[j].kind != .recommendationTitle, units[j].kind != .label {
                let k = units[j].kind
                if k == .practical || k == .rationale || (k == .paragraph && WebRationaleOpening.matches(units[j].text)) {
                    starts.insert(i)
                    break
                }
                j += 1
            }
        }
        return starts
    }
}
