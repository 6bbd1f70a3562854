import Foundation

/// What a hearing page states about where its hearing stands, beside the deadline (`HearingBanner`):
/// when the final version is expected ("Forventet ferdigbehandlet: 04. januar 2022"), and that the
/// deadline has passed ("Høringsfristen er nå utløpt.", "Høringen er avsluttet"), which a page may
/// say without a date. Read by the phrase's shape, wherever on the page it stands.
enum HearingStatement {
    /// The expected completion as written ("04. januar 2022", "våren 2024"), without the label and a
    /// closing full stop; nil when the line states none.
    static func expectedCompletion(in line: String) -> String? {
        let t = TextCleanup.normalizeSpaces(line)
        let pattern = #"(?i)forventet (ferdigbehandlet|ferdigstilt|ferdig|publisert|sluttført)\s*:?\s*"#
        guard let range = t.firstRange(ofPattern: pattern) else { return nil }
        var value = t[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if value.hasSuffix(".") { value.removeLast() }
        // A time, not a sentence: it names a year or a month, in a few words.
        let words = value.split(separator: " ")
        guard (1...4).contains(words.count), value.contains(where: \.isNumber) else { return nil }
        return value
    }

    /// True when a sentence of the text says the hearing's deadline has passed or the hearing is over.
    static func statesDeadlinePassed(_ text: String) -> Bool {
        let t = TextCleanup.normalizeSpaces(text).lowercased()
        guard t.contains("høring") else { return false }
        return t.firstRange(ofPattern: #"høringsfristen (er|var) (nå )?(utløpt|ute|passert|gått ut)"#) != nil
            || t.firstRange(ofPattern: #"høringen (er|ble) (nå )?(avsluttet|lukket|stengt|over)"#) != nil
            || t.firstRange(ofPattern: #"^(høring(en)? )?avsluttet\.?$"#) != nil
    }
}
