import Foundation

/// Tells text from binary data by its first bytes, the way `grep` and `git` do: a NUL byte, or
/// many control characters that no text file has.
enum BinaryContent {
    static let sampleBytes = 8_192
    /// More than this share of control bytes (other than tab, line breaks, form feed, escape) is not text.
    static let controlShare = 0.10

    /// Why the data looks binary, or nil when it looks like text.
    static func reason(_ data: Data) -> String? {
        let sample = data.prefix(sampleBytes)
        if sample.contains(0) { return "inneholder NUL-byte" }
        let controls = sample.count { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) || $0 == 0x7F }
        if Double(controls) > Double(sample.count) * controlShare {
            return "\(controls * 100 / max(sample.count, 1)) % kontrolltegn"
        }
        return nil
    }
}
