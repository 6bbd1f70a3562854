import Foundation
import GuideKit

/// The items of one JSON file of the corpus: one item, an array of items, or an item with its
/// subtree nested (`children`/`barn`), each item with the file and line it was read from.
enum ContentFile {
    static func items(in document: SourceDocument, diagnostics: inout [Diagnostic]) -> [ContentItem] {
        let json = document.lines.joined(separator: "\n")
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        } catch {
            diagnostics.append(document.warning(nil, "ikke gyldig JSON; hoppet over"))
            return []
        }
        let objects: [[String: Any]]
        switch parsed {
        case let object as [String: Any]: objects = [object]
        case let array as [Any]: objects = array.compactMap { $0 as? [String: Any] }
        default: objects = []
        }
        let items = objects.compactMap { ContentItem(json: $0, path: document.path, lines: document.lines) }
        if items.isEmpty {
            diagnostics.append(document.warning(nil, "JSON uten et element fra innholds-API-et (ingen \"id\"); hoppet over"))
        }
        return items.flatMap(flattened)
    }

    /// The item and every item nested in it, parents first.
    private static func flattened(_ item: ContentItem) -> [ContentItem] {
        [item] + item.nested.flatMap(flattened)
    }
}
