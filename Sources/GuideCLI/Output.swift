import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `guide` writes: results to stdout, diagnostics to stderr. Tests pass their own.
public struct Output: Sendable {
    public var write: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void
    public var isTerminal: Bool

    public init(write: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void, isTerminal: Bool) {
        self.write = write
        self.error = error
        self.isTerminal = isTerminal
    }

    public static let standard = Output(
        write: { writeAll($0, to: STDOUT_FILENO) },
        error: { writeAll($0 + "\n", to: STDERR_FILENO) },
        isTerminal: isatty(STDOUT_FILENO) == 1)

    /// Every byte of the text, straight to the file descriptor (FileHandle and Data cost every
    /// command their set-up); short writes and interruptions are resumed, other failures dropped.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = Glibc.write(descriptor, next, left)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                next += written
                left -= written
            }
        }
    }
}
