#if canImport(Glibc)
import Glibc
#endif

/// Lines from a file descriptor (stdin), in chunks as they arrive: each read gives every complete line
/// it finished, so that a request and its cancellation written together are seen together. A line
/// longer than the limit is not kept: its bytes are dropped as they come, and it is reported as too long.
struct LineReader {
    enum Line: Equatable {
        case text([UInt8])
        case tooLong
    }

    private let descriptor: Int32
    private let maxBytes: Int
    private var pending: [UInt8] = []
    private var overlong = false
    private var buffer = [UInt8](repeating: 0, count: 64 << 10)

    init(descriptor: Int32, maxBytes: Int) {
        self.descriptor = descriptor
        self.maxBytes = maxBytes
    }

    /// The lines one read completed; nil at end of input (a last line without newline is still given).
    mutating func nextLines() -> [Line]? {
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            defer { pending = []; overlong = false }
            if overlong { return [.tooLong] }
            return pending.isEmpty ? nil : [.text(pending)]
        }
        var lines: [Line] = []
        var start = 0
        for index in 0..<count where buffer[index] == UInt8(ascii: "\n") {
            append(buffer[start..<index])
            lines.append(overlong ? .tooLong : .text(pending))
            pending = []
            overlong = false
            start = index + 1
        }
        append(buffer[start..<count])
        return lines
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        guard !overlong else { return }
        if pending.count + bytes.count > maxBytes {
            overlong = true
            pending = []
        } else {
            pending += bytes
        }
    }
}
