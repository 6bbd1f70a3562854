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
    /// The width stdout's terminal reports; nil when stdout is not a terminal.
    public var terminalWidth: Int?

    public init(write: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void, isTerminal: Bool,
                terminalWidth: Int? = nil) {
        self.write = write
        self.error = error
        self.isTerminal = isTerminal
        self.terminalWidth = terminalWidth
    }

    public static let standard = Output(
        write: { writeAll($0, to: STDOUT_FILENO) },
        error: { writeAll($0 + "\n", to: STDERR_FILENO) },
        isTerminal: isatty(STDOUT_FILENO) == 1,
        terminalWidth: TerminalWidth.ofTerminal(on: STDOUT_FILENO))

    /// How wide text is wrapped here: `COLUMNS` from the environment, else the terminal's, else 100.
    func width(in environment: Environment) -> Int {
        TerminalWidth.resolve(columns: environment["COLUMNS"], terminal: terminalWidth)
    }

    /// Every byte of the text to the file descriptor; a failed write (a closed pipe) is dropped.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        _ = text.withUTF8 { DescriptorWrite.all(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
