import Foundation
import GuideIndexer

/// Word lists for tests: the machine's (Debian's `wnorwegian`), and a small one written the way
/// those files are (ISO-8859-1, capitals, hyphenated forms) so that sample indexes build fast.
enum TestWordList {
    /// The installed lists, or nil (then tests that need them skip).
    static let installed: NorwegianWordList? = try? NorwegianWordList.installed()

    static let skipMessage = "no Norwegian word list (/usr/share/dict/bokmaal, nynorsk: apt-get install wnorwegian); .ci/run installs it"

    /// Real forms near the sample guideline's words, and a few it holds.
    static let small: Result<NorwegianWordList, Error> = Result {
        try make(["A-aksje", "Koordinater", "koordinator", "pårørende", "avlastning", "født", "søvnen", "søvn", "Oslo", "plan"])
    }

    static func make(_ lines: [String]) throws -> NorwegianWordList {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("guide-wordlist-\(UUID().uuidString)")
        let text = lines.joined(separator: "\n") + "\n"
        guard let data = text.data(using: .isoLatin1) else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try NorwegianWordList(files: [file.path])
    }
}
