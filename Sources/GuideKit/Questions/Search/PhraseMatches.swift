/// The passages one phrase occurs in, from its posting lists: with how much it weighs there (FTS5's
/// phrase frequency: heading occurrences × the heading weight + text occurrences × the text weight)
/// and in which columns (bit 1 heading, bit 2 text). A prefix phrase merges the lists of every
/// term it begins, as FTS5 counts all of them as the phrase's instances.
struct PhraseMatches {
    struct Entry {
        let passage: Int
        let frequency: Double
        let columns: UInt8
    }

    private(set) var entries: [Entry] = []

    /// Room for the entries of `bytes` encoded postings (at least 3 bytes each).
    mutating func reserve(forEncoded bytes: Int) {
        entries.reserveCapacity(entries.count + bytes / 3)
    }

    mutating func append(passage: Int, heading: Int, text: Int) {
        entries.append(Entry(passage: passage,
                             frequency: Double(heading) * SearchRanking.headingWeight + Double(text) * SearchRanking.textWeight,
                             columns: (heading > 0 ? 1 : 0) | (text > 0 ? 2 : 0)))
    }
}

extension PhraseMatches {
    /// Each phrase's matches, read once per distinct phrase. Kept by term, exact and prefix apart:
    /// a dictionary keyed by `Phrase` would make a one-shot process look up `Phrase`'s `Hashable`
    /// conformance at run time (~350,000 instructions), `String`'s is looked up anyway.
    static func read(_ phrases: [RankingPlan.Phrase], from store: IndexStore) throws -> [PhraseMatches] {
        var exact: [String: PhraseMatches] = [:], prefix: [String: PhraseMatches] = [:]
        return try phrases.map { phrase in
            guard let term = phrase.term else { return PhraseMatches() }
            if let known = phrase.isPrefix ? prefix[term] : exact[term] { return known }
            let matches = try self.read(phrase, from: store)
            if phrase.isPrefix { prefix[term] = matches } else { exact[term] = matches }
            return matches
        }
    }

    private static func read(_ phrase: RankingPlan.Phrase, from store: IndexStore) throws -> PhraseMatches {
        var matches = PhraseMatches()
        guard let term = phrase.term else { return matches }
        guard phrase.isPrefix else {
            try store.withPostings(term: term) { bytes in
                matches.reserve(forEncoded: bytes.count)
                PostingList.forEach(in: bytes) { matches.append(passage: $0, heading: $1, text: $2) }
            }
            return matches
        }
        // The counts of the terms beginning with `term` are summed per passage in buffers indexed by
        // passage id, one add per posting (arrays captured by the closure checked uniqueness per add).
        let size = try store.passageLengths().byID.count
        let heading = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size), text = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
        heading.initialize(repeating: 0)
        text.initialize(repeating: 0)
        defer { heading.deallocate(); text.deallocate() }
        var seen: [Int] = []
        try store.withPostings(termsBeginning: term) { bytes in
            seen.reserveCapacity(min(size, seen.count + bytes.count / 3))
            PostingList.forEach(in: bytes) { passage, h, t in
                guard passage < size else { return }
                if heading[passage] == 0 && text[passage] == 0 { seen.append(passage) }
                heading[passage] += Int32(clamping: h)
                text[passage] += Int32(clamping: t)
            }
        }
        for passage in seen {
            matches.append(passage: passage, heading: Int(heading[passage]), text: Int(text[passage]))
        }
        return matches
    }
}
