/// Finds the words of a UTF-8 text with their byte ranges: maximal runs of letters and digits
/// (plus any extra word characters given), lower-cased. Everything else separates words.
struct WordScanner {
    /// Characters besides letters and digits that belong to a word.
    var extraWordCharacters: Set<Unicode.Scalar> = []
    /// Longer runs are cut: no real word is this long, and FTS5 terms should stay small.
    static let maximumWordBytes = 128

    func words(in text: UnsafeBufferPointer<UInt8>, _ body: (_ word: String, _ start: Int, _ end: Int) -> Bool) {
        scan(text) { bytes, isASCII, start, end in
            let word = String(decoding: bytes, as: UTF8.self)
            return body(isASCII ? word : word.lowercased(), start, end)
        }
    }

    /// The same words as lower-case UTF-8 bytes, valid only during `body`: for callers that look
    /// most words up without keeping them, so no string is made for an ASCII word.
    func wordBytes(in text: UnsafeBufferPointer<UInt8>, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool) {
        scan(text) { bytes, isASCII, start, end in
            if isASCII { return body(bytes, start, end) }
            var lowered = String(decoding: bytes, as: UTF8.self).lowercased()
            return lowered.withUTF8 { body($0, start, end) }
        }
    }

    /// Each word's UTF-8 bytes, already lower-case when all ASCII (byte by byte); other words are
    /// left for the caller to lower-case as a String, so each makes one string at most.
    private func scan(_ text: UnsafeBufferPointer<UInt8>,
                      _ body: (_ word: UnsafeBufferPointer<UInt8>, _ isASCII: Bool, _ start: Int, _ end: Int) -> Bool) {
        var iterator = text.makeIterator()
        var decoder = UTF8()
        var offset = 0
        // The word's UTF-8 bytes; ASCII-only words are lower-cased byte by byte, others by String.
        var word: [UInt8] = []
        word.reserveCapacity(Self.maximumWordBytes)
        var isASCII = true
        var start = 0
        func flush(at end: Int) -> Bool {
            guard !word.isEmpty else { return true }
            defer { word.removeAll(keepingCapacity: true); isASCII = true }
            if isASCII {
                for i in word.indices where word[i] >= 0x41 && word[i] <= 0x5A { word[i] |= 0x20 }
            }
            return word.withUnsafeBufferPointer { body($0, isASCII, start, end) }
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
                if word.count + width <= Self.maximumWordBytes {
                    if scalar.isASCII {
                        word.append(UInt8(scalar.value))
                    } else {
                        isASCII = false
                        UTF8.encode(scalar) { word.append($0) }
                    }
                }
            } else if !flush(at: offset) {
                return
            }
            offset += width
        }
        _ = flush(at: offset)
    }

    private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) { return true }
            return !extraWordCharacters.isEmpty && extraWordCharacters.contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || extraWordCharacters.contains(scalar)
    }
}
