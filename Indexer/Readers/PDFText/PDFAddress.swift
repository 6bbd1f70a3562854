import Foundation

/// Web addresses: slugs of titles, the guideline's address stem, an article's own page.
enum PDFAddress {
    /// "Når ALS-diagnosen stilles bør …" → "nar-als-diagnosen-stilles-bor-…" (æ→ae, ø→o, å→a).
    static func slug(_ title: String) -> String {
        // ASCII needs no folding: lower-cased, letters and digits kept, a dash for each run of the rest.
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(title.utf8.count)
            var dash = false
            for byte in title.utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    if dash, !out.isEmpty { out.append(0x2D) }
                    out.append(lower)
                    dash = false
                } else {
                    dash = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var folded = title.lowercased()
            .replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
        folded = folded.folding(options: .diacriticInsensitive, locale: nil)
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if dash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }

    /// Path segments of an address, without query or fragment.
    static func segments(_ url: String) -> [String] {
        guard let components = URLComponents(string: url) else { return [] }
        return components.path.split(separator: "/").map(String.init)
    }

    /// "https://host/kind/guideline" for an address whose later segments carry one of the slugs
    /// (a chapter or an article of this guideline). The most often found stem wins.
    static func guidelineStem(urls: [String], titleSlugs: Set<String>) -> String? {
        var counts: [String: Int] = [:]
        for url in urls {
            guard let components = URLComponents(string: url), let scheme = components.scheme,
                  let host = components.host else { continue }
            let parts = segments(url)
            guard parts.count >= 3, parts.dropFirst(2).contains(where: { titleSlugs.contains($0.lowercased()) }) else { continue }
            counts["\(scheme)://\(host)/\(parts[0])/\(parts[1])", default: 0] += 1
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The article's own page among the addresses: same stem, last segment equal to the title's slug.
    static func articleAddress(title: String, stem: String?, urls: [String]) -> String? {
        guard let stem, !title.isEmpty else { return nil }
        let wanted = slug(title)
        return urls.first { url in
            url.hasPrefix(stem + "/") && segments(url).last?.lowercased() == wanted
        }
    }

    /// "lovdata.no" for "https://www.lovdata.no/…".
    static func host(_ url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
