import Foundation
import GuideKit

/// The known acts and regulations (see `ActRegistry+Table.swift`) and the ways to find one:
/// by any of its names, by its lovdata identifier, by the name in a commentary address.
public enum ActRegistry {
    /// Every known act, in table order.
    public static var all: [LegalAct] { table }

    /// The act a user or a text names: canonical name, other name, inflected form or abbreviation,
    /// in any case ("hpl", "HPL.", "Helsepersonellovens", "lov om pasient- og brukerrettigheter").
    public static func act(named written: String) -> LegalAct? {
        var key = ActNameForms.key(written)
        while key.hasSuffix(".") { key.removeLast() }
        guard !key.isEmpty else { return nil }
        if let index = byName[key] ?? byName[key + "."] { return table[index] }
        return nil
    }

    /// The act with this lovdata identifier: "lov/1999-07-02-64", or as lovdata writes it in
    /// citations, "LOV-1999-07-02-64" / "FOR-2011-12-16-1256".
    public static func act(lovdataID: String) -> LegalAct? {
        var key = lovdataID.lowercasedFast
        for (written, path) in [("lov-", "lov/"), ("for-", "forskrift/"), ("forskrift-", "forskrift/")] where key.hasPrefix(written) {
            key = path + key.dropFirst(written.count)
        }
        return table.first { $0.lovdataID == key }
    }

    /// The act whose name is this address slug ("pasient-og-brukerrettighetsloven").
    static func act(slug: String) -> LegalAct? {
        table.first { $0.slugs.contains(slug) }
    }

    /// Lower-case words of eight letters or more that stand in act names, inflected forms included
    /// ("omsorgstjenesteloven", "journalforskriften", "brukerrettigheter"): words a reader repairing
    /// glued PDF text must never split.
    static let nameWords: Set<String> = {
        var words: Set<String> = []
        for form in ActNameForms.all where form.kind == .name || form.kind == .titlePhrase {
            for word in form.text.split(separator: " ") {
                let core = word.trimmingCharacters(in: CharacterSet.letters.inverted)
                if core.count >= 8 { words.insert(core) }
            }
        }
        return words
    }()

    /// Every form `act(named:)` accepts (names, inflected names, abbreviations; none that two acts
    /// share), keyed as `ActName.lookupKey`, in table order: what the index copies (`act_names`) so
    /// queries resolve names as the registry does without the indexer.
    static var lookupForms: [(key: String, act: Int, isAbbreviation: Bool)] {
        var seen: Set<String> = []
        return ActNameForms.all.compactMap { form in
            guard form.names, byName[form.text] == form.act else { return nil }
            let key = ActName.lookupKey(form.text)
            guard !key.isEmpty, seen.insert(key).inserted else { return nil }
            return (key, form.act, form.kind == .abbreviation)
        }
    }

    // MARK: - Lookup tables

    /// Every full name, inflected form and abbreviation → index in `table`. A form two acts share is left out.
    private static let byName: [String: Int] = {
        var map: [String: Int] = [:]
        var shared: Set<String> = []
        for form in ActNameForms.all where form.kind != .partialName && form.kind != .titlePhrase {
            if let existing = map[form.text], existing != form.act { shared.insert(form.text) }
            map[form.text] = form.act
        }
        for key in shared { map[key] = nil }
        return map
    }()
}
