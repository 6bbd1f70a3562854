import Foundation

/// Judged queries for relevance evaluation, in the TSV format of `queries.dev.tsv`:
/// `id <TAB> query <TAB> KEY=grade KEY=grade …` (grade 2 = the answer, 1 = also relevant), optionally
/// `<TAB> answer fragment` (a few words of the answering text, alternatives separated by "|"), and
/// a keys file `key <TAB> title fragment` naming which recommendation each key means.
public struct JudgedQuery: Sendable, Hashable {
    public var id: String
    public var query: String
    /// Grade per key.
    public var grades: [String: Int]
    public var line: Int
    /// Answer fragments, folded (`EvaluationKeys.fold`): the top hit's passage holds the answer when
    /// its text contains one of them. Empty when the query names none.
    public var answers: [String] = []

    /// The query's kind: its id's part before the first "-" ("typo-03" → "typo"), else nil.
    public var kind: String? {
        id.firstIndex(of: "-").map { String(id[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}

public struct EvaluationKeys: Sendable {
    /// Title fragment per key, folded for matching.
    public var fragments: [String: String]

    /// True when the hit's recommendation or section title contains the key's fragment
    /// (case, whitespace and dashes folded).
    public func key(_ key: String, matches titles: [String]) -> Bool {
        guard let fragment = fragments[key] else { return false }
        return titles.contains { Self.fold($0).contains(fragment) }
    }

    public static func fold(_ text: String) -> String {
        text.lowercased().unicodeScalars
            .map { CharacterSet.whitespacesAndNewlines.contains($0) || $0 == "-" || $0 == "–" || $0 == "—" ? " " : String($0) }
            .joined().split(separator: " ").joined(separator: " ")
    }
}

public struct EvaluationFileError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(path):\(line): feil: \(message)" : "\(path): feil: \(message)" }
}

public enum EvaluationFiles {
    public static func queries(_ text: String, path: String) throws -> [JudgedQuery] {
        try rows(text).map { line, fields in
            guard fields.count >= 3 else {
                throw EvaluationFileError(path: path, line: line, message: "ventet 'id<TAB>spørsmål<TAB>NØKKEL=karakter …[<TAB>del av svaret]'")
            }
            var grades: [String: Int] = [:]
            for judgement in fields[2].split(separator: " ") {
                let parts = judgement.split(separator: "=")
                guard parts.count == 2, let grade = Int(parts[1]) else {
                    throw EvaluationFileError(path: path, line: line, message: "vurderingen '\(judgement)' er ikke NØKKEL=karakter")
                }
                grades[String(parts[0])] = grade
            }
            let answers = fields.count > 3 ? fields[3].components(separatedBy: "|").map(EvaluationKeys.fold).filter { !$0.isEmpty } : []
            return JudgedQuery(id: fields[0], query: fields[1], grades: grades, line: line, answers: answers)
        }
    }

    public static func keys(_ text: String, path: String) throws -> EvaluationKeys {
        var fragments: [String: String] = [:]
        for (line, fields) in rows(text) {
            guard fields.count >= 2 else {
                throw EvaluationFileError(path: path, line: line, message: "ventet 'nøkkel<TAB>del av tittelen'")
            }
            fragments[fields[0]] = EvaluationKeys.fold(fields[1])
        }
        return EvaluationKeys(fragments: fragments)
    }

    /// Non-empty, non-comment lines split on tabs, with 1-based line numbers.
    private static func rows(_ text: String) -> [(Int, [String])] {
        text.components(separatedBy: "\n").enumerated().compactMap { index, raw in
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            return (index + 1, raw.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) })
        }
    }
}
