/// The index's own posting lists: for one term, every passage holding it with how often it occurs
/// in the heading and in the text. FTS5 keeps the same facts but only hands them out row by row to
/// a function it calls for every matching passage; search reads them whole instead (`PassageRanker`).
///
/// Format: per passage, in ascending passage id, three LEB128 varints — the id's distance from the
/// previous one (from 0), the heading count, the text count.
public struct PostingList: Sendable {
    public internal(set) var bytes: [UInt8] = []
    var lastPassage = 0
    /// Entries appended.
    public private(set) var entryCount = 0

    public init() {}

    /// A list as encoded elsewhere (a spilled run): its bytes, its last passage and its entry count.
    public init(encoded bytes: [UInt8], lastPassage: Int, entryCount: Int) {
        self.bytes = bytes
        self.lastPassage = lastPassage
        self.entryCount = entryCount
    }

    /// The last passage appended (0 for an empty list).
    public var last: Int { lastPassage }

    /// Appends the entries of `later`, whose passages all follow this list's (the same term's list
    /// from a later run): its first distance is re-encoded from this list's last passage, the rest copied.
    public mutating func append(contentsOf later: PostingList) {
        guard later.entryCount > 0 else { return }
        var offset = 0
        let first = later.bytes.withUnsafeBytes { Self.varint($0, &offset) } ?? 0
        precondition(first > lastPassage, "posting lists ascend by passage id")
        Self.appendVarint(first - lastPassage, to: &bytes)
        bytes.append(contentsOf: later.bytes[offset...])
        lastPassage = later.lastPassage
        entryCount += later.entryCount
    }

    /// Appends a passage; ids must ascend.
    public mutating func append(passage: Int, heading: Int, text: Int) {
        precondition(passage > lastPassage, "posting lists ascend by passage id")
        Self.appendVarint(passage - lastPassage, to: &bytes)
        Self.appendVarint(heading, to: &bytes)
        Self.appendVarint(text, to: &bytes)
        lastPassage = passage
        entryCount += 1
    }

    /// Calls `body(passage, heading count, text count)` for each entry of an encoded list. Stops at
    /// the first malformed entry: a damaged list reads as a shorter one, never past its end.
    public static func forEach(in bytes: UnsafeRawBufferPointer,
                               _ body: (_ passage: Int, _ heading: Int, _ text: Int) -> Void) {
        var offset = 0, passage = 0
        while offset < bytes.count {
            // Most entries of a long list are three one-byte varints: read those at once.
            if offset + 2 < bytes.count {
                let delta = bytes[offset], heading = bytes[offset + 1], text = bytes[offset + 2]
                if (delta | heading | text) < 0x80 {
                    guard delta > 0 else { return }
                    offset += 3
                    passage += Int(delta)
                    body(passage, Int(heading), Int(text))
                    continue
                }
            }
            guard let delta = varint(bytes, &offset), let heading = varint(bytes, &offset),
                  let text = varint(bytes, &offset), delta > 0 else { return }
            passage += delta
            body(passage, heading, text)
        }
    }

    static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        var v = UInt64(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    @inline(__always)
    static func varint(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> Int? {
        var value = 0, shift = 0
        while offset < bytes.count, shift < 63 {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}

/// A number per passage (its length in tokens, its article): one little-endian UInt32 per passage
/// id from 0, so a passage's value is one read.
public enum PassageValues {
    public static func encode(_ values: [Int]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for value in values {
            let v = UInt32(clamping: value)
            bytes.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)])
        }
        return bytes
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) -> [Int] {
        (0..<(bytes.count / 4)).map { i in
            Int(bytes[4 * i]) | Int(bytes[4 * i + 1]) << 8 | Int(bytes[4 * i + 2]) << 16 | Int(bytes[4 * i + 3]) << 24
        }
    }
}
