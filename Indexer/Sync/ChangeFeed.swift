import Foundation

/// The change feed's answer (`GetChanges?since=`): the ids changed since a time, each once.
/// Entries are ids, or objects naming one as `id`, `Id`, `infoId` or `InfoId`.
enum ChangeFeed {
    static func ids(_ data: Data) throws(ContentAPIJSON.NotContentJSON) -> [String] {
        let value = try ContentAPIJSON.parse(data)
        let entries: [Any]
        if let array = value as? [Any] {
            entries = array
        } else if let object = value as? [String: Any],
                  let array = ["items", "value", "data", "results", "changes"].lazy.compactMap({ object[$0] as? [Any] }).first {
            entries = array
        } else {
            throw ContentAPIJSON.NotContentJSON(why: "the change feed is not a list")
        }
        var ids: [String] = []
        var seen: Set<String> = []
        for entry in entries {
            let id = entry as? String
                ?? (entry as? [String: Any]).flatMap { object in
                    ["id", "Id", "infoId", "InfoId"].lazy.compactMap { object[$0] as? String }.first
                }
            guard let id, ContentAPIJSON.isSafeID(id) else {
                throw ContentAPIJSON.NotContentJSON(why: "a change feed entry without a usable id")
            }
            if seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// `since` as the feed takes it, "YYYY-MM-DDTHH:MM:SS" (UTC).
    static func format(_ date: Date) -> String {
        formatter().string(from: date)
    }

    static func date(_ text: String) -> Date? {
        formatter().date(from: text)
    }

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter
    }
}
