import GuideKit

/// What determines an index's content besides the corpus, recorded in the index as
/// `schema 14; analyzer <hash>; resources <hash>`: the schema version, what the analyzer makes of
/// a fixed probe (`AnalyzerFingerprint`) and the built-in resource files' contents. The same three
/// answer from the index as it is, whichever copy or build of guide runs; a different one rebuilds.
public struct IndexerIdentity: Equatable, Sendable {
    public let parts: [(name: String, value: String)]

    public static let current = IndexerIdentity(parts: [
        ("schema", String(IndexSchema.version)),
        ("analyzer", AnalyzerFingerprint.current),
        ("resources", BuiltInResource.fingerprint),
    ])

    /// As stored in the index's meta table.
    public var recorded: String {
        parts.map { "\($0.name) \($0.value)" }.joined(separator: "; ")
    }

    /// Reads a recorded identity; an older index recorded something else, which yields no parts.
    public init(recorded: String) {
        parts = recorded.split(separator: ";").compactMap { part in
            let words = part.split(separator: " ", maxSplits: 1)
            return words.count == 2 ? (String(words[0]), String(words[1])) : nil
        }
    }

    init(parts: [(name: String, value: String)]) {
        self.parts = parts
    }

    /// What differs between the index's recorded identity and this guide's, in words; nil when
    /// nothing does. The analyzer's fingerprint is computed only when another executable wrote the
    /// index (`stamp`, the writer's `ExecutableStamp`): the same file has the same analyzer.
    public static func differences(recorded: String?, stamp: String?) -> String? {
        let recorded = IndexerIdentity(recorded: recorded ?? "")
        guard stamp == ExecutableStamp.current, let analyzer = recorded.value(of: "analyzer") else {
            return current.differences(from: recorded)
        }
        let unprobed = IndexerIdentity(parts: [
            ("schema", String(IndexSchema.version)), ("analyzer", analyzer), ("resources", BuiltInResource.fingerprint),
        ])
        return unprobed.differences(from: recorded)
    }

    func value(of name: String) -> String? {
        parts.first { $0.name == name }?.value
    }

    /// What differs from `other`, in words ("analyzer 1f… instead of 9c…"); nil when nothing does.
    public func differences(from other: IndexerIdentity) -> String? {
        guard other != self else { return nil }
        let stored = Dictionary(other.parts.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let changed = parts.compactMap { name, value in
            stored[name] == value ? nil : "\(name) \(stored[name] ?? "unrecorded"), this guide has \(value)"
        }
        return changed.isEmpty ? "recorded as \(other.recorded)" : changed.joined(separator: "; ")
    }

    public static func == (left: IndexerIdentity, right: IndexerIdentity) -> Bool {
        left.parts.map(\.name) == right.parts.map(\.name) && left.parts.map(\.value) == right.parts.map(\.value)
    }
}
