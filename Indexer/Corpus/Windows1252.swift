import Foundation

/// Windows-1252 as the WHATWG Encoding Standard defines it: total, so any bytes decode. The five
/// bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the
/// same value, as browsers do; Foundation instead refuses the whole file.
public enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The bytes as UTF-8 if they are valid UTF-8, else as Windows-1252 (`isUTF8` false, for the caller's
    /// warning): the one rule for corpus files and command-line arguments, never a silent U+FFFD.
    public static func decodeUnlessUTF8(_ bytes: some Collection<UInt8>) -> (text: String, isUTF8: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
        return (decode(bytes), false)
    }

    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        text.reserveCapacity(bytes.underestimatedCount)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(text)
    }
}
