import Foundation

/// One item of Helsedirektoratet's content API (a product, a chapter, an anbefaling …), read
/// tolerantly: every field may be missing, null or of an odd type; what is there is kept.
/// Not `Sendable`: `data` keeps JSONSerialization's values; items live only while a corpus is read.
struct ContentItem {
    /// A link of the item's `links`: its relation (barn, forelder, root, publikasjon), the linked
    /// item's type, title and id (the last part of its address).
    struct ContentLink: Sendable, Equatable {
        var rel: String
        var type: String?
        var title: String?
        var href: String
        var id: String
    }

    struct Attachment: Sendable, Equatable {
        var title: String?
        var uri: String
        var type: String?
    }

    var id: String
    var title: String
    var shortTitle: String?
    var intro: String?
    var text: String?
    var firstPublished: String?
    var lastChangedProfessionally: String?
    var lastUpdated: String?
    var status: String?
    /// `tekniskeData.infoType`, lower case ("retningslinje", "kapittel", "anbefaling" …).
    var type: String?
    var subtype: String?
    /// `data`, as decoded (strings, objects, arrays); `nokkelInfo` given as a JSON string is decoded.
    var data: [String: Any]
    var links: [ContentLink]
    var attachments: [Attachment]
    var url: String?
    var owners: [String]
    /// Items nested in this one's JSON (`children`/`barn` arrays), in their order.
    var nested: [ContentItem]
    /// Where it was read: the file and the line of its `"id"`.
    var path: String
    var line: Int

    /// Ids of the children, from `barn` links and then nested items, each once, in the API's order.
    var childIDs: [String] {
        var seen = Set<String>()
        return (links.filter { $0.rel == "barn" }.map(\.id) + nested.map(\.id)).filter { seen.insert($0).inserted }
    }

    var parentLink: ContentLink? { links.first { $0.rel == "forelder" } }
    var rootLink: ContentLink? { links.first { $0.rel == "root" } }
}

extension ContentItem {
    /// An item from a decoded JSON object; nil when it has no id (not an item of the API).
    init?(json object: [String: Any], path: String, lines: [String]) {
        guard let id = Self.string(object["id"]) ?? Self.string(object["Id"]), !id.isEmpty else { return nil }
        self.id = id
        title = Self.string(object["tittel"]) ?? Self.string(object["title"]) ?? ""
        shortTitle = Self.string(object["kortTittel"])
        intro = Self.string(object["intro"])
        text = Self.string(object["tekst"])
        firstPublished = Self.string(object["forstPublisert"])
        lastChangedProfessionally = Self.string(object["sistFagligOppdatert"])
        lastUpdated = Self.string(object["sistOppdatert"])
        status = Self.string(object["status"])
        let technical = object["tekniskeData"] as? [String: Any] ?? [:]
        type = Self.string(technical["infoType"])?.lowercased() ?? Self.string(object["type"])?.lowercased()
        subtype = Self.string(technical["subtype"])
        var data = object["data"] as? [String: Any] ?? [:]
        if let encoded = data["nokkelInfo"] as? String,
           let decoded = try? JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any] {
            data["nokkelInfo"] = decoded
        }
        self.data = data
        links = (object["links"] as? [Any] ?? []).compactMap { Self.link($0) }
        attachments = (object["attachments"] as? [Any] ?? []).compactMap { Self.attachment($0) }
        url = Self.string(object["url"])
        owners = (object["eier"] as? [Any] ?? []).compactMap { Self.string($0) }
        nested = ["children", "barn", "Children"].flatMap { key in
            (object[key] as? [Any] ?? []).compactMap { ($0 as? [String: Any]).flatMap { ContentItem(json: $0, path: path, lines: lines) } }
        }
        self.path = path
        line = Self.line(of: id, in: lines)
    }

    /// A trimmed, non-empty string (numbers too); nil for null, empty and other types.
    static func string(_ value: Any?) -> String? {
        let text: String?
        switch value {
        case let s as String: text = s
        case let n as NSNumber: text = n.stringValue
        default: text = nil
        }
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func link(_ value: Any) -> ContentLink? {
        guard let object = value as? [String: Any], let href = string(object["href"]) else { return nil }
        let id = href.split(separator: "?").first.flatMap { $0.split(separator: "/").last }.map(String.init) ?? href
        return ContentLink(rel: string(object["rel"])?.lowercased() ?? "", type: string(object["type"])?.lowercased(),
                           title: string(object["tittel"]) ?? string(object["$title"]) ?? string(object["title"]), href: href, id: id)
    }

    private static func attachment(_ value: Any) -> Attachment? {
        guard let object = value as? [String: Any],
              let uri = string(object["fileUri"]) ?? string(object["FileUri"]) ?? string(object["url"]) else { return nil }
        return Attachment(title: string(object["title"]) ?? string(object["Title"]) ?? string(object["tittel"]), uri: uri,
                          type: string(object["fileType"]) ?? string(object["FileType"]))
    }

    /// The 1-based line holding `"id": "<id>"`, else the first line naming the id, else 1.
    private static func line(of id: String, in lines: [String]) -> Int {
        let quoted = "\"\(id)\""
        if let i = lines.firstIndex(where: { $0.contains(quoted) && $0.contains("\"id\"") }) { return i + 1 }
        return (lines.firstIndex { $0.contains(quoted) } ?? 0) + 1
    }
}
