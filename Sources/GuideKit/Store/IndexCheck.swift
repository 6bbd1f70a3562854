import Foundation

/// What `guide check` verifies of an index file by itself: that it is a whole SQLite database,
/// that SQLite and FTS5 find it consistent, and that it has this guide's schema. Never writes the
/// index: the FTS5 check, which SQLite runs as an INSERT, runs on a private copy.
public enum IndexCheck {
    /// One check's outcome. `detail` and `fix` are the JSON's (English, a stable contract); `shownDetail`
    /// and `shownFix` are what `guide check` prints for people, in Norwegian.
    public struct Finding: Sendable, Codable, Equatable {
        public var name: String
        public var ok: Bool
        /// What was found, in words.
        public var detail: String
        /// What to do about it; nil (JSON null) when all is well.
        @Nullable public var fix: String?
        /// `detail` as printed.
        public var shownDetail: String
        /// `fix` as printed.
        public var shownFix: String?

        private enum CodingKeys: String, CodingKey {
            case name, ok, detail, fix
        }

        /// `shown`: the detail as printed, when it is not `detail` itself (a path, a version).
        public init(name: String, ok: Bool, detail: String, shown: String? = nil, fix: Fix? = nil) {
            self.name = name
            self.ok = ok
            self.detail = detail
            self.fix = fix?.json
            shownDetail = shown ?? detail
            shownFix = fix?.shown
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            ok = try container.decode(Bool.self, forKey: .ok)
            detail = try container.decode(String.self, forKey: .detail)
            fix = try container.decodeIfPresent(String.self, forKey: .fix)
            shownDetail = detail
            shownFix = fix
        }
    }

    /// What to do, in the JSON's words and as printed.
    public struct Fix: Sendable {
        public var json: String
        public var shown: String

        public init(json: String, shown: String) {
            self.json = json
            self.shown = shown
        }
    }

    public static let rebuild = Fix(json: "run 'guide index' to rebuild it", shown: "kjør 'guide index' for å bygge den på nytt")

    public static func run(path: String) -> [Finding] {
        guard FileManager.default.fileExists(atPath: path) else {
            return [Finding(name: "file", ok: false, detail: "no index at \(path)", shown: "ingen indeks i \(path)",
                            fix: Fix(json: "run 'guide index' to build it", shown: "kjør 'guide index' for å bygge den"))]
        }
        let store: IndexStore
        do {
            store = try IndexStore.inspecting(path)
            let (actual, expected) = try store.fileSizes()
            guard actual >= expected else {
                return [Finding(name: "file", ok: false, detail: "truncated: \(actual) of \(expected) bytes",
                                shown: "avkortet: \(actual) av \(expected) byte", fix: rebuild)]
            }
        } catch {
            return [Finding(name: "file", ok: false, detail: "cannot be read as an SQLite database (\(message(error)))",
                            shown: "kan ikke leses som en SQLite-database (\(message(error)))", fix: rebuild)]
        }
        var findings = [Finding(name: "file", ok: true, detail: path)]
        findings.append(sqliteIntegrity(store))
        findings.append(schema(store))
        if findings.allSatisfy(\.ok) { findings.append(ftsIntegrity(path)) }
        if findings.allSatisfy(\.ok) { findings += derivedTables(path: path) }
        return findings
    }

    /// https://sqlite.org/pragma.html#pragma_integrity_check
    private static func sqliteIntegrity(_ store: IndexStore) -> Finding {
        do {
            let lines = try store.integrityProblems()
            return lines == ["ok"] ? Finding(name: "sqlite", ok: true, detail: "integrity_check ok")
                : Finding(name: "sqlite", ok: false, detail: lines.prefix(3).joined(separator: "; "), fix: rebuild)
        } catch {
            return Finding(name: "sqlite", ok: false, detail: "integrity_check failed: \(message(error))",
                           shown: "integrity_check feilet: \(message(error))", fix: rebuild)
        }
    }

    private static func schema(_ store: IndexStore) -> Finding {
        guard let version = try? store.schemaVersion else {
            return Finding(name: "schema", ok: false, detail: "the schema version cannot be read",
                           shown: "skjemaversjonen kan ikke leses", fix: rebuild)
        }
        return version == IndexSchema.version ? Finding(name: "schema", ok: true, detail: "version \(version)", shown: "versjon \(version)")
            : Finding(name: "schema", ok: false, detail: "version \(version), this guide needs \(IndexSchema.version)",
                      shown: "versjon \(version), denne guide trenger \(IndexSchema.version)", fix: rebuild)
    }

    /// FTS5's own check, comparing the full-text index with the passages it was built from. It
    /// re-tokenizes every passage, so the tokenizer splits compounds against the same vocabulary the
    /// build used: the index's words (`IndexStore.reopenedCopy`). The copy goes to the temporary
    /// directory, never beside the index, and is made writable by its owner: a copy keeps the
    /// original's mode, and the check's INSERT fails on a read-only file (unless run as root).
    private static func ftsIntegrity(_ path: String) -> Finding {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("guide-check-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        do {
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: copy)
            try IndexStore.reopenedCopy(at: copy).checkFullTextIntegrity()
            return Finding(name: "fts5", ok: true, detail: "integrity-check ok")
        } catch {
            return Finding(name: "fts5", ok: false, detail: "integrity-check failed: \(message(error))",
                           shown: "integrity-check feilet: \(message(error))", fix: rebuild)
        }
    }

    static func message(_ error: any Error) -> String {
        (error as? SQLiteError)?.message ?? "\(error)"
    }
}
