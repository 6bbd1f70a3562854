import Foundation

/// A file of the corpus as found on disk, with the content hash that tells an index it is stale.
public struct CorpusFile: Sendable, Hashable, Codable {
    /// Path relative to the corpus root's parent ("Corpus/als.txt").
    public var path: String
    public var hash: String
    public var size: Int
    /// The file's stamp (`FileStamp`) when it is known to hold the hashed content; nil: always hash it.
    public var stamp: String?

    public init(path: String, hash: String, size: Int, stamp: String? = nil) {
        self.path = path
        self.hash = hash
        self.size = size
        self.stamp = stamp
    }
}

/// FNV-1a, 64 bit: cheap and stable across runs and platforms. It detects change, not tampering.
public enum ContentHash {
    /// Hash of a file and, if present, its metadata file.
    public static func of(_ data: Data, _ metadata: Data?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the raw bytes, without joining the two: a build hashes the whole corpus, a check every changed file.
        for part in [data, metadata ?? Data()] {
            part.withUnsafeBytes { bytes in
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            }
        }
        return String(hash, radix: 16).leftPadded(to: 16) + "-\(data.count)"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
