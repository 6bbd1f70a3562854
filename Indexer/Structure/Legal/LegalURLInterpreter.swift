import Foundation
import GuideKit

/// What a link points at in law: an act, and maybe a section or a chapter of it.
struct LinkedProvision: Equatable {
    /// Index in `ActRegistry.table`.
    let act: Int
    let section: String?
    let part: String?
}

/// Reads legal addresses (percent-encoded or not):
/// - lovdata.no short links: `/lov/1999-07-02-61/%C2%A72-5a`, `/forskrift/2011-12-16-1256/§11`;
/// - lovdata.no documents: `/dokument/NL/lov/1999-07-02-63/KAPITTEL_3#KAPITTEL_3`,
///   `/dokument/SF/forskrift/1983-11-23-1779`, `/dokument/LTI/forskrift/2016-10-28-1250`, anchors `#§4`;
/// - old lovdata pages: `/all/nl-19990702-064.html`, `/all/sf-20190301-0168.html`;
/// - Helsedirektoratet's commentaries: `/rundskriv/helsepersonelloven-med-kommentarer/…/-45a.epikrise`
///   (the act commented on; the section from the leading "-45a.").
/// Acts missing from the registry give nil: a reference needs a name.
enum LegalURLInterpreter {
    static func provision(in url: String) -> LinkedProvision? {
        guard let address = Address(TextCleanup.decodeURL(url)) else { return nil }
        switch address.host {
        case "lovdata.no": return lovdata(address)
        case "helsedirektoratet.no": return commentary(address)
        default: return nil
        }
    }

    // MARK: - lovdata.no

    private static func lovdata(_ address: Address) -> LinkedProvision? {
        let path = address.path
        var found: (id: String, rest: ArraySlice<String>)?
        for (i, component) in path.enumerated() {
            let lowered = component.lowercasedFast
            if lowered == "lov" || lowered == "forskrift", i + 1 < path.count, let number = documentNumber(path[i + 1]) {
                found = ("\(lowered)/\(number)", path[(i + 2)...])
                break
            }
            if let id = oldPageID(lowered) {
                found = (id, path[(i + 1)...])
                break
            }
        }
        guard let found, let act = ActRegistry.table.firstIndex(where: { $0.lovdataID == found.id }) else { return nil }
        var section: String?
        var chapter: String?
        for piece in Array(found.rest) + [address.fragment].compactMap({ $0 }) {
            if let s = sectionAnchor(piece) { section = s } else if let c = chapterAnchor(piece) { chapter = c }
        }
        return LinkedProvision(act: act, section: section, part: section == nil ? chapter.map { "kapittel \($0)" } : nil)
    }

    /// "1999-07-02-64" (date and number) or "1967-02-10" (date alone); leading zeros of the number dropped.
    private static func documentNumber(_ component: String) -> String? {
        let parts = component.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4,
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumberFast } }) else { return nil }
        let date = parts[0...2].joined(separator: "-")
        guard parts.count == 4, let number = Int(parts[3]) else { return date }
        return "\(date)-\(number)"
    }

    /// "nl-19990702-064.html" → "lov/1999-07-02-64"; "sf-20190301-0168.html" → "forskrift/2019-03-01-168".
    private static func oldPageID(_ component: String) -> String? {
        let name = component.hasSuffix(".html") ? String(component.dropLast(".html".count)) : component
        let parts = name.split(separator: "-").map(String.init)
        guard parts.count == 3, parts[1].count == 8, parts[1].allSatisfy({ $0.isASCII && $0.isNumberFast }),
              let number = Int(parts[2]) else { return nil }
        let kind: String
        switch parts[0] {
        case "nl": kind = "lov"
        case "sf": kind = "forskrift"
        default: return nil
        }
        let d = Array(parts[1])
        return "\(kind)/\(String(d[0..<4]))-\(String(d[4..<6]))-\(String(d[6..<8]))-\(number)"
    }

    /// "§2-5a", "PARAGRAF_4".
    private static func sectionAnchor(_ piece: String) -> String? {
        if piece.hasPrefix("§") { return SectionNumber.normalize(piece) }
        let upper = piece.uppercased()
        if upper.hasPrefix("PARAGRAF_") { return SectionNumber.normalize(String(piece.dropFirst("PARAGRAF_".count))) }
        return nil
    }

    /// "KAPITTEL_3" → "3".
    private static func chapterAnchor(_ piece: String) -> String? {
        let upper = piece.uppercased()
        guard upper.hasPrefix("KAPITTEL_") else { return nil }
        let number = piece.dropFirst("KAPITTEL_".count)
        guard let first = number.first, first.isASCII, first.isNumberFast,
              number.allSatisfy({ $0.isASCII && ($0.isNumberFast || $0.isLetterFast || $0 == "-") }) else { return nil }
        return number.lowercasedFast
    }

    // MARK: - Helsedirektoratet's commentaries

    private static func commentary(_ address: Address) -> LinkedProvision? {
        let path = address.path.map { $0.lowercasedFast }
        let suffix = "-med-kommentarer"
        guard path.count >= 2, path[0] == "rundskriv", path[1].hasSuffix(suffix),
              let act = ActRegistry.table.firstIndex(where: { $0.slugs.contains(String(path[1].dropLast(suffix.count))) })
        else { return nil }
        guard let last = path.dropFirst(2).last, last.hasPrefix("-") else {
            return nil  // the commentary as a whole, or a part without a section number
        }
        let chars = Array(last.dropFirst())
        guard let (section, end) = SectionNumber.parse(chars, at: 0), end == chars.count || chars[end] == "." else { return nil }
        return LinkedProvision(act: act, section: section, part: nil)
    }
}

/// A web address cut into host (lower case, without "www."), path components and fragment.
private struct Address {
    let host: String
    let path: [String]
    let fragment: String?

    init?(_ url: String) {
        var rest = Substring(url.trimmingCharacters(in: .whitespaces))
        for scheme in ["https://", "http://"] where rest.lowercasedFast.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        let components = rest.split(separator: "/").map(String.init)
        guard var host = components.first?.lowercasedFast, host.contains(".") else { return nil }
        if host.hasPrefix("www.") { host.removeFirst("www.".count) }
        self.host = host
        self.path = Array(components.dropFirst())
        self.fragment = fragment
    }
}
