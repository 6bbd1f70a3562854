import Foundation
import GuideKit

/// The pieces every shown answer carries: where it comes from, its hearing-draft flag, its legal basis.
enum ResultParts {
    /// The HØRINGSUTKAST badge (with the deadline when known); empty for advice in force.
    static func draftBadge(_ guideline: GuidelineSummary) -> String {
        HearingDraftNotice.text(for: guideline).map { "<strong class=\"utkast\">\(escaped($0))</strong>" } ?? ""
    }

    /// "Kilde: address (file, lines a–b)": the address a link only when it is http(s).
    static func source(_ source: SourceReference, guideline: GuidelineSummary) -> String {
        var parts: [String] = []
        // The host as the link's text: the whole address is long, and print shows it (app.css).
        if let url = source.url { parts.append(HTMLText.link(url, text: URL(string: url)?.host ?? url)) }
        parts.append("<span class=\"fil\">\(escaped(source.path)), linje \(escaped(source.lineDescription))</span>")
        if let credit = guideline.credit { parts.append(escaped(credit)) }
        return "<p class=\"kilde\">Kilde: \(parts.joined(separator: " · "))</p>"
    }

    /// "Rettslig grunnlag: …", each citation linked to lovdata.no when it has an address.
    static func legalBasis(_ references: [LegalReferenceSummary]) -> String {
        guard !references.isEmpty else { return "" }
        let items = references.map { reference in
            reference.url.map { HTMLText.link($0, text: reference.citation) } ?? escaped(reference.citation)
        }
        return "<p class=\"lov\">Rettslig grunnlag: \(items.joined(separator: "; "))</p>"
    }

    /// A snippet with its matched words in `<mark>`.
    static func snippet(_ snippet: Snippet) -> String {
        snippet.runs.map { $0.highlighted ? "<mark>\(escaped($0.text))</mark>" : escaped($0.text) }.joined()
    }

    /// The address of a recommendation's page.
    static func recommendationPath(_ id: String) -> String {
        "/rad/" + addressEncoded(id, keepingSlash: true)
    }
}
