import Foundation

/// What `guide check` verifies of an index file by itself: that it is a whole SQLite database,
/// that SQLite and FTS5 find it consistent, and that it has this guide's schema. Never writes the
/// index: the FTS5 check, which SQLite runs as an INSERT, runs on a private copy.
public enum IndexCheck {
    public struct Finding: Sendable, Codable, Equatable {
        public var name: String
        public var ok: Bool
        /// What was found, in words.
        public var detail: String
        /// What to do about it; nil (JSON null) when all is well.
        @Nullable public var fix: String?

        public init(name: String, ok: Bool, detail: String, fix: String? = nil) {
            self.name = name
            self.ok = ok
            self.detail = detail
            self.fix = fix
        }
    }

    static let rebuild = "run 'guide index' to rebuild it"

    public static func run(path: String) -> [Finding] {
        guard FileManager.default.fileExists(atPath: path) else {
            return [Finding(name: "file", ok: false, detail: "ingen indeks i \(path)", fix: "kjør 'guide index' for å bygge den")]
        }
        let store: IndexStore
        do {
            store = try IndexStore.inspecting(path)
            let (actual, expected) = try store.fileSizes()
            guard actual >= expected else {
                return [Finding(name: "file", ok: false, detail: "truncated: \(actual) of \(expected) bytes", fix: rebuild)]
            }
        } catch {
            return [Finding(name: "file", ok: false, detail: "cannot be read as an SQLite database (\(message(error)))", fix: rebuild)]
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
            return Finding(name: "sqlite", ok: false, detail: "integrity_check failed: \(message(error))", fix: rebuild)
        }
    }

    private static func schema(_ store: IndexStore) -> Finding {
        guard let version = try? store.schemaVersion else {
            return Finding(name: "schema", ok: false, detail: "the schema version cannot be read", fix: rebuild)
        }
        return version == IndexSchema.version ? Finding(name: "schema", ok: true, detail: "version \(version)")
            : Finding(name: "schema", ok: false, detail: "version \(version), this guide needs \(IndexSchema.version)", fix: rebuild)
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
            return Finding(name: "fts5", ok: false, detail: "integrity-check failed: \(message(error))", fix: rebuild)
        }
    }

    static func message(_ error: any Error) -> String {
        (error as? SQLiteError)?.message ?? "\(error)"
    }
}
