/// Cuts a passage's snippet as FTS5's snippet() does (https://sqlite.org/fts5.html#the_snippet_function):
/// the window of 32 words scoring best — 1000 for each distinct term in it, 1 for a repeat — centred
/// on its matches, or starting a sentence when that scores as well with a small bonus; matched words
/// highlighted, "…" where text is cut. Done here because the passage and the terms that count in it
/// are at hand: FTS5 would look every term up again and tokenize the text through a Swift callback
/// per word.
struct SnippetMaker {
    static let length = 32
    static let ellipsis = "…"
    // Private-use scalars mark the highlights while the text is cut; they never occur in corpus text.
    private static let open: Unicode.Scalar = "\u{E000}", close: Unicode.Scalar = "\u{E001}"
    /// The phrases that count in the passage's text (`PassageRanking.textPhrases`).
    let phrases: [RankingPlan.Phrase]

    private struct Token {
        let start: Int, end: Int
        /// Which phrase matched here, if any.
        var term: Int?
        var startsSentence: Bool
    }

    func snippet(of text: String) -> Snippet {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = self.tokens(bytes)
            guard !tokens.isEmpty else { return Snippet(text: String(decoding: bytes, as: UTF8.self), highlights: []) }
            let start = bestStart(tokens)
            let last = min(start + Self.length, tokens.count) - 1
            var marked = start > 0 ? Self.ellipsis : ""
            var offset = start > 0 ? tokens[start].start : 0
            for token in tokens[start...last] where token.term != nil {
                marked += String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<token.start]), as: UTF8.self)
                marked.unicodeScalars.append(Self.open)
                marked += String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                marked.unicodeScalars.append(Self.close)
                offset = token.end
            }
            let end = last == tokens.count - 1 ? bytes.count : tokens[last].end
            marked += String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
            if last < tokens.count - 1 { marked += Self.ellipsis }
            return Snippet(marked: marked, open: Self.open, close: Self.close)
        }
    }

    /// The words with the phrase each matches: an exact phrase when equal (a prefix phrase when it
    /// begins the word), a stem phrase when the word has that stem. A stem phrase no word stems to
    /// came from a compound's part (the indexer split the compound): words holding the stem match.
    private func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let stemMarker = String(NorwegianAnalyzer.stemMarker)
        var exact: [String: Int] = [:], prefixes: [(term: String, phrase: Int)] = [], stems: [(stem: String, phrase: Int)] = []
        for (index, phrase) in phrases.enumerated() {
            guard let term = phrase.term else { continue }
            if term.hasPrefix(stemMarker) {
                stems.append((String(term.dropFirst()), index))
            } else if phrase.isPrefix {
                prefixes.append((term, index))
            } else if exact[term] == nil {
                exact[term] = index
            }
        }
        var tokens: [Token] = []
        var words: [String] = []
        WordScanner().words(in: bytes) { word, start, end in
            var match = exact[word] ?? prefixes.first(where: { word.utf8.starts(with: $0.term.utf8) })?.phrase
            if match == nil, let stem = stems.first(where: { word.utf8.starts(with: $0.stem.utf8) && NorwegianAnalyzer.stem(word) == $0.stem }) {
                match = stem.phrase
            }
            tokens.append(Token(start: start, end: end, term: match, startsSentence: tokens.isEmpty || Self.endsSentence(bytes, before: start)))
            words.append(word)
            return true
        }
        for stem in stems where stem.stem.count >= Decompounder.minimumPartLength && !tokens.contains(where: { $0.term == stem.phrase }) {
            let part = Array(stem.stem.utf8)
            for i in tokens.indices where tokens[i].term == nil && Self.contains(words[i], part) { tokens[i].term = stem.phrase }
        }
        return tokens
    }

    /// Whether the word's UTF-8 holds `part` (byte comparison: both are lower-case index forms).
    private static func contains(_ word: String, _ part: [UInt8]) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { start in bytes[start..<(start + part.count)].elementsEqual(part) }
    }

    /// FTS5's sentence rule: the word follows white space that follows "." or ":".
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i -= 1 }
        return i != start - 1 && i >= 0 && (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ":"))
    }

    /// The first word of the best window (FTS5's fts5SnippetFunction).
    private func bestStart(_ tokens: [Token]) -> Int {
        let matches = tokens.indices.filter { tokens[$0].term != nil }
        let sentenceStarts = tokens.indices.filter { tokens[$0].startsSentence }
        var bestScore = 0, bestStart = 0
        for position in matches {
            let (score, first, last) = self.score(tokens, matches: matches, from: position)
            if score > bestScore {
                bestScore = score
                var adjusted = first - (Self.length - (last - first)) / 2
                if adjusted + Self.length > tokens.count { adjusted = tokens.count - Self.length }
                bestStart = max(adjusted, 0)
            }
            if tokens.count > Self.length, let sentence = sentenceStarts.last(where: { $0 <= position }), sentence < position {
                let bonus = sentence == 0 ? 120 : 100
                let score = self.score(tokens, matches: matches, from: sentence).score + bonus
                if score > bestScore { bestScore = score; bestStart = sentence }
            }
        }
        return bestStart
    }

    /// The window from `start`: its score and its first and last matched word.
    private func score(_ tokens: [Token], matches: [Int], from start: Int) -> (score: Int, first: Int, last: Int) {
        var seen = Set<Int>()
        var score = 0, first = -1, last = 0
        for position in matches where position >= start && position < start + Self.length {
            guard let term = tokens[position].term else { continue }
            score += seen.insert(term).inserted ? 1000 : 1
            if first < 0 { first = position }
            last = position + 1
        }
        return (score, first, last)
    }
}
