import Foundation
import GuideKit

/// Small text helpers every reader needs.
enum TextCleanup {
    /// Turns no-break and other odd spaces into plain spaces, collapses runs and trims.
    static func normalizeSpaces(_ text: String) -> String {
        // Most lines are already normal: answering them from their bytes, without building a new
        // string scalar by scalar, was most of the time this took.
        if isNormalized(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `normalizeSpaces` would give the text back unchanged: no space at either end, no
    /// space but single plain ones, and no other white space.
    private static func isNormalized(_ text: String) -> Bool {
        var previousWasSpace = true
        var ascii = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                if (0x09...0x0D).contains(byte) { return false }
                if byte >= 0x80 { ascii = false }
                previousWasSpace = false
            }
        }
        if previousWasSpace && !text.isEmpty { return false }
        return ascii || !text.unicodeScalars.contains { $0.value >= 0x80 && isSpace($0) }
    }

    /// White space as Unicode defines it, and the zero-width space and BOM. ASCII is answered from
    /// its five controls and the space: asking Unicode's properties per scalar was most of the time
    /// `normalizeSpaces` took.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    /// Drops footnote markers glued to a word or its punctuation ("sykehus[1].", "virksomheter[3],[4].")
    /// and, when `placeholders` is true, editing placeholders left in the text ("[LENKE]"): neither is
    /// content, and both split or pad the words around them. A bracket after a space ("[1] Hansen …",
    /// "se [2]") is left: it may be a reference list or a cross-reference.
    static func withoutMarkers(_ text: String, placeholders: Bool) -> String {
        guard text.contains("[") else { return text }
        var out = text.replacingPattern(#"(?<=[\p{L}\p{N}.,;:)»”])\[\d{1,3}\](,?\[\d{1,3}\])*"#, with: "")
        if placeholders {
            out = out.replacingPattern(Self.placeholderPattern, with: "")
            out = normalizeSpaces(out)
        }
        return out
    }

    /// "[LENKE]", "[REF]", "[TEKST KOMMER]": an editor's placeholder, an upper-case word or two in brackets.
    static let placeholderPattern = #"\[\p{Lu}{3,}( \p{Lu}{2,})?\]"#

    /// The placeholders a line holds, for the reader's warning.
    static func placeholders(in text: String) -> [String] {
        guard text.contains("[") else { return [] }
        var found: [String] = []
        var rest = text[...]
        while let range = rest.firstRange(ofPattern: placeholderPattern) {
            found.append(String(rest[range]))
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// True for a line that is only a web address (as in a PDF's per-page URL list).
    static func isURLLine(_ line: String) -> Bool {
        // Trimming removes only white space, whose ASCII members are the space and the tab.
        guard ByteSearch.mayStart(line, withOneOf: "h \t") else { return false }
        // A line starting with "h" keeps its start when trimmed: it must start with the scheme.
        if line.utf8.first == UInt8(ascii: "h"), !line.utf8.starts(with: "http".utf8) { return false }
        let t = line.trimmingCharacters(in: .whitespaces)
        return (t.hasPrefix("http://") || t.hasPrefix("https://")) && !t.contains(" ")
    }

    /// Leading indentation width; a tab counts as four spaces.
    static func indentation(_ line: String) -> Int {
        var width = 0
        for ch in line {
            if ch == " " || ch == "\u{00A0}" { width += 1 } else if ch == "\t" { width += 4 } else { break }
        }
        return width
    }

    /// Percent-decodes an address for display and matching ("%C2%A7" → "§"); returns it unchanged
    /// when it is not valid percent-encoding.
    static func decodeURL(_ url: String) -> String {
        url.removingPercentEncoding ?? url
    }
}

/// The "Ekstern høring: Høringsfrist 30. juni 2023 …" banner that marks hearing drafts.
enum HearingBanner {
    /// True when the line is (part of) a hearing banner rather than content.
    static func matches(_ line: String) -> Bool {
        let clean = TextCleanup.normalizeSpaces(line)
        // Only a line starting with e, h, s or m can start with one of the phrases below.
        guard ByteSearch.mayStart(clean, withOneOf: "eEhHsSmM") else { return false }
        let t = clean.lowercasedFast
        return t.hasPrefix("ekstern høring") || t.hasPrefix("høringsfrist")
            || t.hasPrefix("se mer informasjon på høringssiden") || t.hasPrefix("mer informasjon på høringssiden")
    }

    /// The deadline named in a banner line ("30. juni 2023"), if any; as written, so a deadline
    /// without a year ("1. oktober") stays without one.
    static func deadline(in line: String) -> String? {
        let t = TextCleanup.normalizeSpaces(line)
        guard let range = t.firstRange(ofPattern: #"[Hh]øringsfrist:?\s+(\d{1,2}\.\s*\p{L}+(\s+\d{4})?)"#)
        else { return nil }
        let match = String(t[range])
        guard let dayStart = match.firstIndex(where: \.isNumberFast) else { return nil }
        return String(match[dayStart...])
    }
}

/// Nests a flat run of list lines by their indentation into checklist items (web `•` bullets,
/// Markdown `-`/`*` lists): a line indented deeper than the one before is its sub-item.
enum ListNesting {
    struct Entry {
        var indent: Int
        var text: String
        var line: Int
        /// The last line of the item's own text, when it wraps onto more lines.
        var lastLine: Int?
    }

    static func items(_ entries: [Entry], path: String) -> [ChecklistItem] {
        var index = 0
        var roots: [ChecklistItem] = []
        while index < entries.count {
            roots += level(entries, &index, parentIndent: nil, path: path)
        }
        return roots
    }

    private static func level(_ entries: [Entry], _ index: inout Int, parentIndent: Int?, path: String) -> [ChecklistItem] {
        var items: [ChecklistItem] = []
        guard index < entries.count else { return items }
        let levelIndent = entries[index].indent
        while index < entries.count {
            let entry = entries[index]
            if let parentIndent, entry.indent <= parentIndent { break }
            if entry.indent < levelIndent, !items.isEmpty { break }
            index += 1
            var item = ChecklistItem(text: entry.text, source: SourceSpan(path: path, firstLine: entry.line,
                                                                          lastLine: entry.lastLine ?? entry.line))
            if index < entries.count, entries[index].indent > entry.indent {
                item.items = level(entries, &index, parentIndent: entry.indent, path: path)
                if let last = item.items.last { item.source = item.source.union(last.source) }
            }
            items.append(item)
        }
        return items
    }
}
