/// Terminal styling: ANSI colours on a terminal without NO_COLOR, plain text otherwise.
public struct TextStyle: Sendable {
    public let colored: Bool
    /// Lines are wrapped to this width.
    public let width: Int

    public init(colored: Bool, width: Int = 100) {
        self.colored = colored
        self.width = width
    }

    public static let plain = TextStyle(colored: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func highlight(_ text: String) -> String { wrap(text, "1;33") }
    public func warning(_ text: String) -> String { wrap(text, "1;31") }
    public func accent(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        colored && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Word-wraps plain text (no escape codes) to the width, each line prefixed by `indent`.
    public func wrapped(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        let first = firstIndent ?? indent
        // Built as bytes and made a String once: appending word by word to a String costs more than the wrapping.
        var out: [UInt8] = []
        out.reserveCapacity(first.utf8.count + text.utf8.count * 5 / 4)
        out.append(contentsOf: first.utf8)
        // Lengths in characters, kept as the line grows rather than counted again for every word.
        var length = first.count
        let indentLength = indent.count
        var lineIsEmpty = true
        var text = text
        text.withUTF8 { bytes in
            // Words are the runs between the bytes of " " and "\n" (always whole characters).
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 0x20 && bytes[start] != 0x0A else { start += 1; continue }
                var end = start
                while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end
                let wordLength = Self.characterCount(word)
                if !lineIsEmpty && length + 1 + wordLength > width {
                    out.append(0x0A)
                    out.append(contentsOf: indent.utf8)
                    length = indentLength
                    lineIsEmpty = true
                }
                if !lineIsEmpty {
                    out.append(0x20)
                    length += 1
                }
                out.append(contentsOf: word)
                length += wordLength
                lineIsEmpty = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters in a word: its scalars while all lie below U+0300 (where each scalar is a
    /// character of its own: Norwegian text), else counted as Characters.
    private static func characterCount(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var scalars = 0
        for byte in word {
            if byte >= 0xCC { return String(decoding: word, as: UTF8.self).count }  // a lead byte of U+0300 or above
            if !UTF8.isContinuation(byte) { scalars += 1 }
        }
        return scalars
    }
}
