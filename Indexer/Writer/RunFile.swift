import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// One spilled run of posting lists (`PostingRuns`), written and read once, front to back, through
/// stdio's buffer. A record: the term's length and bytes, the list's last passage, entry count,
/// length and bytes, each number a LEB128 varint.
final class RunFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var operation: String
        var description: String { "cannot \(operation) the posting run \(path)" }
    }

    private let path: String
    private var file: UnsafeMutablePointer<FILE>?

    init(writing path: String) throws {
        self.path = path
        guard let file = fopen(path, "wb") else { throw Failure(path: path, operation: "create") }
        self.file = file
        setvbuf(file, nil, _IOFBF, 1 << 18)
    }

    init(reading path: String) throws {
        self.path = path
        guard let file = fopen(path, "rb") else { throw Failure(path: path, operation: "open") }
        self.file = file
        setvbuf(file, nil, _IOFBF, 1 << 16)
    }

    deinit {
        if let file { fclose(file) }
    }

    func close() throws {
        guard let file else { return }
        self.file = nil
        guard fclose(file) == 0 else { throw Failure(path: path, operation: "write") }
    }

    func write(term: String, list: PostingList) throws {
        var record: [UInt8] = []
        record.reserveCapacity(term.utf8.count + list.bytes.count + 16)
        Self.appendVarint(term.utf8.count, to: &record)
        record.append(contentsOf: term.utf8)
        Self.appendVarint(list.last, to: &record)
        Self.appendVarint(list.entryCount, to: &record)
        Self.appendVarint(list.bytes.count, to: &record)
        record.append(contentsOf: list.bytes)
        guard record.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, file) }) == record.count else {
            throw Failure(path: path, operation: "write")
        }
    }

    /// The next record, or nil at the end of the file.
    func next() throws -> (term: String, list: PostingList)? {
        guard let termLength = try varint(atEnd: true) else { return nil }
        let term = String(decoding: try bytes(termLength), as: UTF8.self)
        guard let last = try varint(atEnd: false), let count = try varint(atEnd: false), let length = try varint(atEnd: false) else {
            throw Failure(path: path, operation: "read")
        }
        return (term, PostingList(encoded: try bytes(length), lastPassage: last, entryCount: count))
    }

    private func bytes(_ count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        let read = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = fread(buffer.baseAddress, 1, count, file)
        }
        guard read.count == count else { throw Failure(path: path, operation: "read") }
        return read
    }

    /// A varint; nil at a clean end of file when `atEnd` allows one there.
    private func varint(atEnd: Bool) throws -> Int? {
        var value = 0, shift = 0
        while shift < 63 {
            let byte = getc(file)
            if byte == EOF {
                if shift == 0 && atEnd { return nil }
                throw Failure(path: path, operation: "read")
            }
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw Failure(path: path, operation: "read")
    }

    private static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        var v = UInt64(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
}
