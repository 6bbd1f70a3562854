/// The content of a page as units: one line of text (a paragraph or a heading: saved pages keep
/// each paragraph on one line) or one run of bullet lines. Headings are confirmed by what follows.
struct WebUnit: Sendable {
    /// Nil for a bullet run.
    var kind: WebHeadings.Kind?
    var lines: [WebPageLine]

    var isBullets: Bool { kind == nil }
    var text: String { lines.first?.text ?? "" }
    var firstLine: Int { lines.first?.number ?? 0 }
    var lastLine: Int { lines.last?.number ?? 0 }

    static func units(of content: [WebPageLine]) -> [WebUnit] {
        var units: [WebUnit] = []
        for line in content {
            if line.isBullet, let last = units.last, last.isBullets {
                units[units.count - 1].lines.append(line)
            } else {
                units.append(WebUnit(kind: line.isBullet ? nil : WebHeadings.kind(of: line.text), lines: [line]))
            }
        }
        // A heading is a heading only when text follows it.
        for i in units.indices {
            guard let kind = units[i].kind, kind == .subHeading || kind == .recommendationTitle else { continue }
            let next = i + 1 < units.count ? units[i + 1] : nil
            if next == nil || (kind == .subHeading && next?.kind == .subHeading) {
                units[i].kind = .paragraph
            }
        }
        return units
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
