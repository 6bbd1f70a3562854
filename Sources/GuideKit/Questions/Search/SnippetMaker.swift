/// Cuts a passage's snippet as FTS5's snippet() does (https://sqlite.org/fts5.html#the_snippet_function):
/// the window of 32 words scoring best — 1000 for each distinct phrase in it, 1 for a repeat —
/// centred on its matches, or starting a sentence when that scores as well with a small bonus;
/// matched words highlighted, "…" where text is cut. Done here because the passage and the phrases
/// that count in it are at hand: FTS5 would look every term up again and tokenize the text through
/// a Swift callback per word.
struct SnippetMaker {
    static let length = 32
    static let ellipsis = "…"
    /// The phrases that count in the passage's text (`PassageRanking.textPhrases`).
    let phrases: [RankingPlan.Phrase]

    private struct Token {
        let start: Int, end: Int
        /// Which phrase matched here, if any.
        var phrase: Int?
        let startsSentence: Bool
    }

    func snippet(of text: String) -> Snippet {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = self.tokens(bytes)
            guard !tokens.isEmpty else { return Snippet(text: String(decoding: bytes, as: UTF8.self), highlights: []) }
            let first = bestStart(tokens)
            let last = min(first + Self.length, tokens.count) - 1
            let from = first > 0 ? tokens[first].start : 0
            let to = last == tokens.count - 1 ? bytes.count : tokens[last].end
            let lead = first > 0 ? Self.ellipsis : ""
            // Highlights count Unicode scalars: every UTF-8 byte but continuation bytes starts one.
            func scalars(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 + (UTF8.isContinuation($1) ? 0 : 1) } }
            var counted = lead.unicodeScalars.count, position = from
            var highlights: [Snippet.Highlight] = []
            for token in tokens[first...last] where token.phrase != nil {
                counted += scalars(position..<token.start)
                let start = counted
                counted += scalars(token.start..<token.end)
                position = token.end
                highlights.append(Snippet.Highlight(start: start, end: counted))
            }
            let cut = lead + String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            return Snippet(text: last < tokens.count - 1 ? cut + Self.ellipsis : cut, highlights: highlights)
        }
    }

    /// Per phrase, the distinct words of the text that match it as written there (lower case), in
    /// the order they first occur: what `--explain` names, so "dem" never passes for "demens".
    func matchedForms(in text: String) -> [RankingPlan.Phrase: [String]] {
        var text = text
        return text.withUTF8 { bytes in
            var forms: [RankingPlan.Phrase: [String]] = [:]
            for token in tokens(bytes) {
                guard let phrase = token.phrase else { continue }
                let form = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
                if !(forms[phrases[phrase]]?.contains(form) ?? false) { forms[phrases[phrase], default: []].append(form) }
            }
            return forms
        }
    }

    /// The words with the phrase each matches: an exact phrase when equal (a prefix phrase when it
    /// begins the word), a stem phrase when the word has that stem. A stem phrase no word stems to
    /// came from a compound's part (the indexer split the compound): words holding the stem match.
    private func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let terms = SnippetTerms(phrases)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6 + 1)
        // Unmatched words holding a part stem, in stem order per word: which of these count is known
        // only at the end, and noting them as they pass is cheaper than keeping every word for later.
        var partHits: [(token: Int, part: Int)] = []
        WordScanner().wordBytes(in: bytes) { word, start, end in
            let match = terms.match(word)
            if match == nil {
                terms.forEachPart(heldBy: word) { partHits.append((tokens.count, $0)) }
            }
            tokens.append(Token(start: start, end: end, phrase: match, startsSentence: tokens.isEmpty || Self.endsSentence(bytes, before: start)))
            return true
        }
        guard !partHits.isEmpty else { return tokens }
        let unmatched = terms.partPhrases.map { phrase in !tokens.contains { $0.phrase == phrase } }
        for hit in partHits where unmatched[hit.part] && tokens[hit.token].phrase == nil {
            tokens[hit.token].phrase = terms.partPhrases[hit.part]
        }
        return tokens
    }

    /// FTS5's sentence rule: the word follows white space that follows "." or ":".
    @inline(__always)
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i -= 1 }
        return i != start - 1 && i >= 0 && (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ":"))
    }

    /// The first word of the best window (FTS5's fts5SnippetFunction).
    private func bestStart(_ tokens: [Token]) -> Int {
        let matches = tokens.indices.filter { tokens[$0].phrase != nil }
        let sentenceStarts = tokens.indices.filter { tokens[$0].startsSentence }
        var bestScore = 0, bestStart = 0
        var seen = SeenPhrases(count: phrases.count)
        for position in matches {
            let (score, first, last) = self.score(tokens, matches: matches, from: position, seen: &seen)
            if score > bestScore {
                bestScore = score
                var adjusted = first - (Self.length - (last - first)) / 2
                if adjusted + Self.length > tokens.count { adjusted = tokens.count - Self.length }
                bestStart = max(adjusted, 0)
            }
            if tokens.count > Self.length, let sentence = sentenceStarts.last(where: { $0 <= position }), sentence < position {
                let score = self.score(tokens, matches: matches, from: sentence, seen: &seen).score + (sentence == 0 ? 120 : 100)
                if score > bestScore { bestScore = score; bestStart = sentence }
            }
        }
        return bestStart
    }

    /// The window from `start`: its score and its first and last matched word (last exclusive).
    private func score(_ tokens: [Token], matches: [Int], from start: Int,
                       seen: inout SeenPhrases) -> (score: Int, first: Int, last: Int) {
        seen.clear()
        var score = 0, first = -1, last = 0
        for position in matches where position >= start && position < start + Self.length {
            guard let phrase = tokens[position].phrase else { continue }
            score += seen.insert(phrase) ? 1000 : 1
            if first < 0 { first = position }
            last = position + 1
        }
        return (score, first, last)
    }
}

/// Which phrases a window has seen, cleared per window without reallocating: a window is scored
/// for every match, so a Set per window was most of choosing one.
private struct SeenPhrases {
    private var windowOf: [Int]
    private var window = 0

    init(count: Int) { windowOf = Array(repeating: 0, count: count) }

    mutating func clear() { window += 1 }

    /// Whether the phrase is new in this window.
    mutating func insert(_ phrase: Int) -> Bool {
        guard windowOf[phrase] != window else { return false }
        windowOf[phrase] = window
        return true
    }
}
