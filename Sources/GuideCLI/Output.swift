import Foundation
import GuideKit
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

    /// Every byte of the text to the file descriptor; a failed write (a closed pipe) is dropped.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        _ = text.withUTF8 { DescriptorWrite.all(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
