import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A resource file of GuideIndexer's bundle, found with one `access` beside the running executable
/// (where SwiftPM puts the bundle, and the first place `Bundle.module` looks) before asking
/// `Bundle.module`, whose set-up costs every command a fraction of a millisecond at start.
enum BuiltInResource {
    static func path(_ name: String, extension type: String) -> String? {
        if let directory = executableDirectory {
            let path = "\(directory)/guide_GuideIndexer.resources/\(name).\(type)"
            if access(path, R_OK) == 0 { return path }
        }
        return Bundle.module.url(forResource: name, withExtension: type)?.path
    }

    /// The files whose contents shape every index (the role lexicon, the built-in synonyms and concepts),
    /// hashed as they are loaded: part of `IndexerIdentity`, so an edited list rebuilds the index.
    static let fingerprint: String = {
        let contents = ["roles", "synonyms", "concepts"].map { name in
            path(name, extension: "tsv").flatMap { FileManager.default.contents(atPath: $0) } ?? Data("missing \(name)".utf8)
        }
        return String(ContentHash.of(contents[0], contents[1] + contents[2]).prefix(16))
    }()

    /// The directory of the running executable (symbolic links resolved), from /proc/self/exe.
    private static let executableDirectory: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }()
}
