import Foundation
/// Facts about a corpus file that its text does not state, read from `<name>.meta` beside it:
/// `key: value` lines, `#` comments. Known keys: title, publisher, kind, url, status, deadline,
/// year, accessed, place (the last three for citations).
/// The text wins where it says the same thing; metadata only fills gaps.
public struct DocumentMetadata: Sendable, Hashable {
    public var values: [String: String]

    public init(values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(key: String) -> String? { values[key] }

    /// Parses the file's text; malformed lines come back as (line, message) for diagnostics.
    public static func parse(_ text: String) -> (DocumentMetadata, problems: [(line: Int, message: String)]) {
        var values: [String: String] = [:]
        var problems: [(Int, String)] = []
        for (index, raw) in DocumentLines.split(text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append((index + 1, "metadatalinjen er ikke på formen 'nøkkel: verdi'"))
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key.isEmpty || value.isEmpty {
                problems.append((index + 1, "metadatalinjen har tom nøkkel eller tom verdi"))
                continue
            }
            values[key] = value
        }
        return (DocumentMetadata(values: values), problems)
    }
}
