import GuideKit

/// The parts of one content item as the model's sections: the statement (`intro`, `tekst`),
/// Praktisk (`data.praktisk`), Begrunnelse (`data.rasjonale`), the four key-information parts
/// (`data.nokkelInfo`, read as parts of the rationale), strength (`data.styrke`), and any other
/// `data` field that holds text, with a warning naming it. Sub-headings inside a part's HTML start
/// sections of the same kind.
enum ContentSections {
    struct Result {
        var sections: [Section] = []
        var links: [Link] = []
    }

    /// The key-information parts, in the order the pages show them.
    static let keyInformation: [(key: String, title: String)] = [
        ("fordelerogulemper", "Fordeler og ulemper"), ("kvalitetdokumentasjon", "Kvalitet på dokumentasjonen"),
        ("verdierogpreferanser", "Verdier og preferanser"), ("ressurshensyn", "Ressurshensyn"),
    ]

    static func read(_ item: ContentItem, statementKind: SectionKind, diagnostics: inout [Diagnostic]) -> Result {
        var result = Result()
        let source = SourceSpan(path: item.path, line: item.line)
        let statement = [item.intro, item.text].compactMap { $0 }.joined(separator: "\n")
        add(statement, kind: statementKind, title: nil, source: source, to: &result)
        var data = item.data
        if let practical = text(data.removeValue(forKey: "praktisk")) {
            add(practical, kind: .practical, title: "Praktisk", source: source, to: &result)
        }
        if let rationale = text(data.removeValue(forKey: "rasjonale")) {
            add(rationale, kind: .rationale, title: "Begrunnelse", source: source, to: &result)
        }
        if var info = data.removeValue(forKey: "nokkelInfo") as? [String: Any] {
            for (key, title) in keyInformation {
                if let part = text(info.removeValue(forKey: key)) { add(part, kind: .rationale, title: title, source: source, to: &result) }
            }
            for key in info.keys.sorted() {
                guard let part = text(info[key]) else { continue }
                diagnostics.append(Diagnostic(path: item.path, line: item.line, message: "ukjent felt data.nokkelInfo.\(key); lest som tekst"))
                add(part, kind: .rationale, title: key, source: source, to: &result)
            }
        }
        if let strength = text(data.removeValue(forKey: "styrke")) {
            add(strength, kind: .other, title: "Styrke", source: source, to: &result)
        }
        for key in data.keys.sorted() {
            guard let part = text(data[key]) else { continue }
            let isReferences = key.lowercased().hasPrefix("referanse")
            if !isReferences {
                diagnostics.append(Diagnostic(path: item.path, line: item.line, message: "ukjent felt data.\(key); lest som tekst"))
            }
            add(part, kind: isReferences ? .references : .other, title: isReferences ? "Referanser" : key, source: source, to: &result)
        }
        return result
    }

    /// The text of a field: a string, or the strings inside an object or array joined in key order.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let s as String:
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let object as [String: Any]:
            let parts = object.keys.sorted().compactMap { text(object[$0]) }
            return parts.isEmpty ? nil : parts.joined(separator: "\n")
        case let array as [Any]:
            let parts = array.compactMap { text($0) }
            return parts.isEmpty ? nil : parts.joined(separator: "\n")
        default:
            return nil
        }
    }

    /// One part's HTML as sections: what comes before the first heading under `title`, then one
    /// section per heading.
    private static func add(_ html: String, kind: SectionKind, title: String?, source: SourceSpan, to result: inout Result) {
        let content = HTMLBlocks.read(html, source: source)
        result.links += content.links
        var current = Section(title: title, kind: kind, source: source)
        var sections: [Section] = []
        for part in content.parts {
            switch part {
            case .heading(_, let heading):
                // A heading right under another (h2, then h4) keeps both: "Individuelle forhold — Alder".
                let outer = current.blocks.isEmpty && current.title != title ? current.title : nil
                if !current.blocks.isEmpty { sections.append(current) }
                current = Section(title: outer.map { "\($0) — \(heading)" } ?? heading,
                                  kind: kind == .recommendation ? .other : kind, source: source)
            case .block(let block):
                current.blocks.append(block)
            }
        }
        if !current.blocks.isEmpty { sections.append(current) }
        result.sections += sections
    }
}
