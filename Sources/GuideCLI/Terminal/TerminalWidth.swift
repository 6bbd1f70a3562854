import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How wide terminal text is wrapped: `COLUMNS` when set to a sane number, else the terminal's own
/// width (stdout's window size), else 100 (a pipe or a file, read later at any width). Clamped so a
/// tiny or absurd value still gives readable lines.
enum TerminalWidth {
    static let notATerminal = 100
    static let range = 40...1000

    /// `columns`: the environment's `COLUMNS`; `terminal`: the width stdout's terminal reports, if any.
    static func resolve(columns: String?, terminal: Int?) -> Int {
        if let columns, let value = Int(columns.trimmingCharacters(in: .whitespaces)), value > 0 {
            return clamp(value)
        }
        if let terminal, terminal > 0 { return clamp(terminal) }
        return notATerminal
    }

    /// The width of the terminal on this descriptor (ioctl TIOCGWINSZ); nil when it is not one or says 0.
    static func ofTerminal(on descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func clamp(_ value: Int) -> Int {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
