import Foundation
import GuideKit

/// The roles that act in the guidelines, with the names each goes by (`Indexer/Resources/roles.tsv`):
/// data trainers extend without touching code. Names are matched as `RoleName` compares them, so one
/// listed form covers its inflections; the index keeps a copy (`roles`, `role_names`) so that queries
/// resolve "fastlegen" or "koordinatoren" the same way.
public struct RoleLexicon: Sendable {
    public struct Role: Sendable, Hashable {
        public var name: String
        /// Every listed name, the canonical one first.
        public var forms: [String]
    }

    public let roles: [Role]
    /// Listed words → role name, longest first, for matching.
    let keys: [(words: [String], role: String)]
    /// The same, by the first three letters of their first word: a word can only begin a name
    /// listed under its own first letters (every ending keeps the listed word's start).
    let keysByStart: [String: [(words: [String], role: String)]]

    public static let fileName = "roles.tsv"

    /// The bucket a word is looked up in.
    static func start(of word: String) -> String {
        String(word.prefix(3))
    }

    public init(roles: [Role]) {
        self.roles = roles
        var seen = Set<[String]>()
        var keys: [([String], String)] = []
        for role in roles {
            for form in role.forms {
                let words = RoleName.words(form)
                if !words.isEmpty, seen.insert(words).inserted { keys.append((words, role.name)) }
            }
        }
        // Longest first; stable within a length, so the file's order decides between equals.
        self.keys = keys.enumerated().sorted { ($1.element.0.count, $0.offset) < ($0.element.0.count, $1.offset) }.map(\.element)
        keysByStart = Dictionary(grouping: self.keys) { Self.start(of: $0.words[0]) }
    }


    /// The built-in lexicon (empty, with a diagnostic, if the resource is missing or unreadable).
    public static let builtIn: RoleLexicon = {
        // The file `BuiltInResource.fingerprint` hashes, so the identity covers what was loaded.
        guard let file = BuiltInResource.path("roles", extension: "tsv"), let data = FileManager.default.contents(atPath: file)
        else { return RoleLexicon(roles: []) }
        let text = String(decoding: data, as: UTF8.self)
        var ignored: [Diagnostic] = []
        return parse(text, path: "Indexer/Resources/\(fileName)", diagnostics: &ignored)
    }()

    /// Lines "canonical<TAB>other name, other name"; '#' starts a comment.
    public static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> RoleLexicon {
        var roles: [Role] = []
        var names = Set<String>()
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == "," })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let name = fields.first else { continue }
            guard !RoleName.words(name).isEmpty, names.insert(name.lowercasedFast).inserted else {
                diagnostics.append(Diagnostic(path: path, line: index + 1, message: "rollen '\(name)' er tom eller oppført to ganger"))
                continue
            }
            roles.append(Role(name: name, forms: fields))
        }
        return RoleLexicon(roles: roles)
    }
}
