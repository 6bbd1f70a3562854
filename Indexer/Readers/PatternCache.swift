import Foundation
import Synchronization

/// Regular expressions compiled once per pattern. `String.range(of:options: .regularExpression)`
/// compiles its pattern on every call, which made reading a PDF text take a third of a second.
enum PatternCache {
    private static let cache = Mutex<[String: NSRegularExpression]>([:])

    static func expression(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression? {
        let key = (caseInsensitive ? "i:" : "s:") + pattern
        if let cached = cache.withLock({ $0[key] }) { return cached }
        guard let compiled = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        else { return nil }
        cache.withLock { $0[key] = compiled }
        return compiled
    }
}

extension String {
    /// The first match of a regular expression, like `range(of:options: .regularExpression)`.
    func firstRange(ofPattern pattern: String, caseInsensitive: Bool = false) -> Range<String.Index>? {
        guard let expression = PatternCache.expression(pattern, caseInsensitive: caseInsensitive),
              let match = expression.firstMatch(in: self, range: NSRange(startIndex..., in: self))
        else { return nil }
        return Range(match.range, in: self)
    }

    /// Every match replaced by the template (`$1` for groups), like
    /// `replacingOccurrences(of:with:options: .regularExpression)`.
    func replacingPattern(_ pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        guard let expression = PatternCache.expression(pattern, caseInsensitive: caseInsensitive) else { return self }
        return expression.stringByReplacingMatches(in: self, range: NSRange(startIndex..., in: self), withTemplate: template)
    }
}

extension Substring {
    /// The first match within this substring (anchors match at its bounds), in the base string's indices.
    func firstRange(ofPattern pattern: String, caseInsensitive: Bool = false) -> Range<String.Index>? {
        guard let expression = PatternCache.expression(pattern, caseInsensitive: caseInsensitive),
              let match = expression.firstMatch(in: base, range: NSRange(startIndex..<endIndex, in: base))
        else { return nil }
        return Range(match.range, in: base)
    }
}
