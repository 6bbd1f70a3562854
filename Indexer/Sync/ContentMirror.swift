import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// The local copy of the content API inside the corpus: one file per item, `<id>.json`, holding the
/// API's answer byte for byte. Every file is written aside under a hidden name, flushed and renamed
/// into place, so a reader (or a kill) sees the old item or the new one, never part of one. Hidden
/// names (the state, files being written) are never read as corpus files.
struct ContentMirror: Sendable {
    struct FileFailure: Error, CustomStringConvertible {
        let operation: String
        let path: String
        let code: Int32
        var description: String { "\(operation) \(path): \(SystemErrorText.text(code))" }
    }

    /// The mirror's folder in the corpus, named after the publisher: other sources get their own.
    static let folderName = "helsedirektoratet"
    static let stateName = ".sync-state.json"
    private static let partialMarker = ".partial-"

    let directory: String

    init(corpus: String) {
        directory = (corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus) + "/" + Self.folderName
    }

    var statePath: String { directory + "/" + Self.stateName }

    func path(of id: String) -> String { directory + "/" + id + ".json" }

    func create() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// The stored bytes of an item; nil when there is none.
    func read(_ id: String) -> Data? {
        FileManager.default.contents(atPath: path(of: id))
    }

    func write(_ data: Data, id: String) throws {
        try Self.writeAtomically(data, to: path(of: id), hiddenName: "." + id + ".json")
    }

    /// True when there was a file to remove.
    @discardableResult
    func remove(_ id: String) throws -> Bool {
        guard unlink(path(of: id)) == 0 else {
            if errno == ENOENT { return false }
            throw FileFailure(operation: "unlink", path: path(of: id), code: errno)
        }
        return true
    }

    /// The ids of the items stored.
    func itemIDs() throws -> [String] {
        guard PathStatus.isDirectory(directory) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory).compactMap { name in
            guard !name.hasPrefix("."), name.hasSuffix(".json") else { return nil }
            return String(name.dropLast(".json".count))
        }
    }

    /// Files a killed run left half-written (hidden, never read) are deleted.
    func removeLeftovers() throws {
        guard PathStatus.isDirectory(directory) else { return }
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasPrefix(".") && name.contains(Self.partialMarker) {
            unlink(directory + "/" + name)
        }
    }

    /// Written to "<dir>/<hiddenName>.partial-<pid>-<random>", flushed, renamed over the target.
    static func writeAtomically(_ data: Data, to target: String, hiddenName: String) throws {
        let folder = String(target[..<(target.lastIndex(of: "/") ?? target.startIndex)])
        let temporary = folder + "/" + hiddenName + partialMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileFailure(operation: "create", path: temporary, code: errno) }
        var failure = data.withUnsafeBytes { DescriptorWrite.all($0, to: fd) }
            .map { FileFailure(operation: "write", path: temporary, code: $0) }
        // fsync before the rename: after a power loss the name points at complete bytes.
        if failure == nil && fsync(fd) != 0 { failure = FileFailure(operation: "fsync", path: temporary, code: errno) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw failure
        }
        // rename(2) replaces the target atomically: readers see the old file or the new one.
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileFailure(operation: "rename", path: target, code: code)
        }
    }
}
