/// Finds the words of a UTF-8 text with their byte ranges: maximal runs of letters and digits
/// (plus any extra word characters given), lower-cased. Everything else separates words.
struct WordScanner {
    /// Characters besides letters and digits that belong to a word.
    var extraWordCharacters: Set<Unicode.Scalar> = []
    /// Longer runs are cut: no real word is this long, and FTS5 terms should stay small.
    static let maximumWordBytes = 128

    func words(in text: UnsafeBufferPointer<UInt8>, _ body: (_ word: String, _ start: Int, _ end: Int) -> Bool) {
        var iterator = text.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var word = String.UnicodeScalarView()
        var start = 0
        var wordBytes = 0
        func flush(at end: Int) -> Bool {
            defer { word = String.UnicodeScalarView(); wordBytes = 0 }
            guard !word.isEmpty else { return true }
            return body(String(word).lowercased(), start, end)
        }
        loop: while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalar = s
            case .emptyInput: break loop
            case .error: scalar = "\u{FFFD}"  // invalid bytes separate words
            }
            let width = UTF8.width(scalar)
            if isWordCharacter(scalar) {
                if word.isEmpty { start = offset }
                if wordBytes + width <= Self.maximumWordBytes {
                    word.append(scalar)
                    wordBytes += width
                }
            } else if !flush(at: offset) {
                return
            }
            offset += width
        }
        _ = flush(at: offset)
    }

    private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || extraWordCharacters.contains(scalar)
    }
}
