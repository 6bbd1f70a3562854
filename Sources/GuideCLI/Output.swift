import Foundation

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
        write: { FileHandle.standardOutput.write(Data($0.utf8)) },
        error: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
        isTerminal: isatty(STDOUT_FILENO) == 1)
}
