import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The machine's Norwegian word lists (Debian's `wnorwegian`: every Bokmål and Nynorsk word form,
/// one a line, ISO-8859-1): what tells a real word the corpus lacks from a typo. Read once per
/// build; only the forms a query correction could reach go into the index (`WordFormSelection`).
public struct NorwegianWordList: Sendable {
    public static let installedPaths = ["/usr/share/dict/bokmaal", "/usr/share/dict/nynorsk"]

    /// Which files were read and how many forms each gave ("/usr/share/dict/bokmaal 931000, …"),
    /// recorded in the index's `meta`.
    public let source: String
    /// Which files were read, by path, size and modification time (`stamp(of:)`, taken before reading):
    /// recorded in the index's `meta` ("wordlist_stamp"), so installing, updating or removing a list
    /// rebuilds the index once.
    public let stamp: String
    /// The lower-cased forms made of letters only, as Latin-1 bytes (each byte its Unicode scalar),
    /// one after another; form `i` ends at `ends[i]`.
    let bytes: [UInt8]
    let ends: [Int]

    /// The installed lists, or nil when neither file is there (the package is not installed).
    /// `paths` are `installedPaths` except in tests.
    public static func installed(paths: [String] = installedPaths) throws -> NorwegianWordList? {
        let present = readable(paths)
        return present.isEmpty ? nil : try NorwegianWordList(files: present)
    }

    /// What a build with the lists at `paths` would record as `stamp`: each readable file's path, size
    /// and modification time, or "none". A stat per path, never a read, so every command can afford
    /// it; a system file's size and time are enough to see a package installed, updated or removed.
    public static func stamp(of paths: [String]) -> String {
        let present = readable(paths)
        guard !present.isEmpty else { return noneStamp }
        return present.map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return "\(path) ?" }
            return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }.joined(separator: ", ")
    }

    /// The stamp of a build without a list.
    public static let noneStamp = "none"

    private static func readable(_ paths: [String]) -> [String] {
        paths.filter { FileManager.default.isReadableFile(atPath: $0) }
    }

    public init(files: [String]) throws {
        stamp = Self.stamp(of: files)
        var bytes: [UInt8] = [], ends: [Int] = [], counts: [String] = []
        for path in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let before = ends.count
            bytes.reserveCapacity(bytes.count + data.count)
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var start = bytes.count, lettersOnly = true
                for byte in raw {
                    if byte == 0x0A {
                        if lettersOnly && bytes.count > start { ends.append(bytes.count) } else { bytes.removeLast(bytes.count - start) }
                        start = bytes.count
                        lettersOnly = true
                    } else if Self.lowercased[Int(byte)] != 0 {
                        bytes.append(Self.lowercased[Int(byte)])
                    } else {
                        lettersOnly = false
                    }
                }
                if !(lettersOnly && bytes.count > start) { bytes.removeLast(bytes.count - start) } else { ends.append(bytes.count) }
            }
            counts.append("\(path) \(ends.count - before)")
        }
        self.bytes = bytes
        self.ends = ends
        source = counts.joined(separator: ", ")
    }

    public var count: Int { ends.count }

    /// Form `index` as a string.
    public func form(_ index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return String(String.UnicodeScalarView(bytes[start..<ends[index]].map { Unicode.Scalar($0) }))
    }

    /// Each Latin-1 letter lower-cased (A–Z, À–Þ but ×), 0 for anything else (hyphen, apostrophe,
    /// space, digit): a form with those is not one query word.
    private static let lowercased: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: UInt8(byte)
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: UInt8(byte + 0x20)
        default: 0
        }
    }
}
