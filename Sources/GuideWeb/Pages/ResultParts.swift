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
        if let url = source.url { parts.append(HTMLText.link(url, text: host(of: url) ?? url)) }
        parts.append("<span class=\"fil\">\(escaped(source.path)), linje \(escaped(source.lineDescription))</span>")
        if let credit = guideline.credit { parts.append(escaped(credit)) }
        return "<p class=\"kilde\">Kilde: \(parts.joined(separator: " · "))</p>"
    }

    /// The host of an address, as `URL(string:)?.host` gives it. A plain `http(s)://name/…` address
    /// (the corpus's kind) is read directly; any other goes through Foundation, whose parse is a
    /// measurable part of a search page.
    static func host(of address: String) -> String? {
        let bytes = Array(address.utf8)
        let start: Int
        if bytes.starts(with: "https://".utf8) { start = 8 } else if bytes.starts(with: "http://".utf8) { start = 7 } else {
            return URL(string: address)?.host
        }
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        guard end > start, bytes[start..<end].allSatisfy(isHostByte), bytes[end...].allSatisfy(isPlainAddressByte) else {
            return URL(string: address)?.host
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// RFC 3986's unreserved and sub-delimiter bytes and the path's and query's separators: nothing
    /// Foundation would encode or refuse ("%", brackets and fragments go the long way).
    private static func isPlainAddressByte(_ byte: UInt8) -> Bool {
        isHostByte(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || "_~!$&'()*+,;=:@/?".utf8.contains(byte)
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
