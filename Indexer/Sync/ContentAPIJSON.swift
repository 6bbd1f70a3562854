import Foundation

/// What the sync needs from the API's JSON: an item's id and the children its links name, the ids
/// of a list page and of the change feed. The bytes themselves are stored unchanged; reading their
/// content is the reader's work (`Readers/`). Anything that does not parse is `notContentJSON`.
enum ContentAPIJSON {
    struct NotContentJSON: Error, CustomStringConvertible {
        let why: String
        var description: String { why }
    }

    /// One item as the by-id endpoints answer it.
    struct Item: Equatable {
        let id: String
        /// The API paths of its `rel` barn links, in the API's order, each once (a child can be linked
        /// under several structures, as the saved rundskriv shows).
        let children: [String]
    }

    static func item(_ data: Data) throws(NotContentJSON) -> Item {
        guard let object = try parse(data) as? [String: Any] else { throw NotContentJSON(why: "not a JSON object") }
        return try item(object)
    }

    /// The ids of a list page: a JSON array of items (or of ids), or an object holding one under
    /// `items`, `value`, `data` or `results`.
    static func listIDs(_ data: Data) throws(NotContentJSON) -> [String] {
        let value = try parse(data)
        let entries: [Any]
        if let array = value as? [Any] {
            entries = array
        } else if let object = value as? [String: Any],
                  let array = ["items", "value", "data", "results"].lazy.compactMap({ object[$0] as? [Any] }).first {
            entries = array
        } else {
            throw NotContentJSON(why: "not a list")
        }
        var ids: [String] = []
        for entry in entries {
            if let id = entry as? String, isSafeID(id) {
                ids.append(id)
            } else if let object = entry as? [String: Any] {
                ids.append(try item(object).id)
            } else {
                throw NotContentJSON(why: "a list entry without an id")
            }
        }
        return ids
    }

    /// A file name made of an id must stay inside the mirror: letters, digits, '-', '_' and '.' only,
    /// not starting with '.' (hidden names are the sync's own).
    static func isSafeID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != ".", id.utf8.count <= 200 else { return false }
        return id.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-_.".unicodeScalars.contains($0) }
    }

    private static func item(_ object: [String: Any]) throws(NotContentJSON) -> Item {
        guard let id = (object["id"] ?? object["Id"]) as? String, isSafeID(id) else {
            throw NotContentJSON(why: "an item without a usable id")
        }
        var children: [String] = []
        var seen: Set<String> = []
        for link in object["links"] as? [[String: Any]] ?? [] {
            guard (link["rel"] as? String)?.lowercased() == "barn", let href = link["href"] as? String,
                  let path = ContentAPIAddress.path(ofHref: href), seen.insert(path).inserted else { continue }
            children.append(path)
        }
        return Item(id: id, children: children)
    }

    static func parse(_ data: Data) throws(NotContentJSON) -> Any {
        // The saved responses start with a byte-order mark; JSONSerialization does not take one.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = data.starts(with: bom) ? data.dropFirst(3) : data[...]
        guard !body.isEmpty else { throw NotContentJSON(why: "an empty body") }
        do {
            return try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw NotContentJSON(why: "not valid JSON (cut short?)")
        }
    }
}
