import Foundation
import GuideKit

/// The front-matter block of a team-written Markdown guideline:
///
///     ---
///     title: Søvnvansker hos barn og unge
///     publisher: Helsedirektoratet
///     kind: Nasjonal faglig retningslinje
///     status: høringsutkast
///     deadline: 1. juni 2026
///     url: https://…
///     ---
///
/// Lines are `key: value` (values may be quoted; `#` lines are comments). Malformed lines, unknown
/// keys and an unclosed block are reported with their line numbers; the rest is still used.
struct MarkdownFrontMatter: Sendable {
    static let knownKeys = ["title", "publisher", "kind", "status", "deadline", "url", "year", "accessed", "place"]

    var values: [String: String] = [:]
    /// Index (0-based) of the first line after the block; 0 when there is none.
    var bodyStart = 0

    var status: GuidelineStatus {
        guard let status = values["status"]?.lowercased(), Self.isHearing(status) else { return .published }
        return .hearingDraft(deadline: values["deadline"])
    }

    static func isHearing(_ status: String) -> Bool {
        status.contains("høring") || status.contains("hearing") || status.contains("utkast") || status.contains("draft")
    }

    static func isPublished(_ status: String) -> Bool {
        ["publisert", "published", "gjeldende", "endelig"].contains(status)
    }

    static func parse(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> MarkdownFrontMatter {
        var result = MarkdownFrontMatter()
        let lines = document.lines.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces) }
        guard lines.first == "---" else { return result }
        let close: Int
        if let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) {
            close = end
            result.bodyStart = end + 1
        } else {
            // Unclosed: the block runs as long as its lines look like `key: value`.
            close = lines.indices.dropFirst().first { !looksLikeEntry(lines[$0]) } ?? lines.count
            result.bodyStart = close
            diagnostics.append(document.warning(1, "front matter åpnet med '---' blir ikke lukket; lest til og med linje \(close)"))
        }
        for i in 1..<max(1, close) {
            result.read(lines[i], line: i + 1, document: document, diagnostics: &diagnostics)
        }
        if let status = result.values["status"]?.lowercased(), !isHearing(status), !isPublished(status) {
            diagnostics.append(document.warning(nil, "status '\(status)' i front matter er ukjent (bruk 'høringsutkast' eller 'publisert'); lest som publisert"))
        }
        return result
    }

    private static func looksLikeEntry(_ line: String) -> Bool {
        line.firstRange(ofPattern: #"^[A-Za-z][\w-]*\s*:"#) != nil
    }

    private mutating func read(_ line: String, line number: Int, document: SourceDocument, diagnostics: inout [Diagnostic]) {
        if line.isEmpty || line.hasPrefix("#") { return }
        guard Self.looksLikeEntry(line), let colon = line.firstIndex(of: ":") else {
            diagnostics.append(document.warning(number, "linjen i front matter er ikke på formen 'nøkkel: verdi': \(line)"))
            return
        }
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
            value = String(value.dropFirst().dropLast())
        }
        guard Self.knownKeys.contains(key) else {
            diagnostics.append(document.warning(number, "ukjent nøkkel '\(key)' i front matter (kjente: \(Self.knownKeys.joined(separator: ", ")))"))
            return
        }
        guard !value.isEmpty else {
            diagnostics.append(document.warning(number, "nøkkelen '\(key)' i front matter har ingen verdi"))
            return
        }
        if values[key] != nil {
            diagnostics.append(document.warning(number, "nøkkelen '\(key)' i front matter er gitt to ganger; den første brukes"))
            return
        }
        values[key] = value
    }
}
