/// Finds the words of a UTF-8 text with their byte ranges: maximal runs of letters and digits
/// (plus any extra word characters given), lower-cased. Everything else separates words.
///
/// Every document, query and snippet passes through here, so the common case is kept cheap:
/// ASCII and Latin-1 letters (all of Norwegian) are classified by table and lower-cased byte by
/// byte; only a word holding another script is lower-cased as a String.
struct WordScanner {
    /// Characters besides letters and digits that belong to a word: a few at most, so a list
    /// (a Set would cost a process a runtime conformance look-up on first use).
    var extraWordCharacters: [Unicode.Scalar] = []
    /// Longer runs are cut: no real word is this long, and FTS5 terms should stay small.
    static let maximumWordBytes = 128

    func words(in text: UnsafeBufferPointer<UInt8>, _ body: (_ word: String, _ start: Int, _ end: Int) -> Bool) {
        scan(text) { bytes, isLowered, start, end in
            let word = String(decoding: bytes, as: UTF8.self)
            return body(isLowered ? word : word.lowercased(), start, end)
        }
    }

    /// The same words as lower-case UTF-8 bytes, valid only during `body`: for callers that look
    /// most words up without keeping them, so no string is made for most words. Inlined with `scan`
    /// into the caller, whose closure then runs in the loop instead of through a call per word.
    @inline(__always)
    func wordBytes(in text: UnsafeBufferPointer<UInt8>, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool) {
        scan(text) { bytes, isLowered, start, end in
            if isLowered { return body(bytes, start, end) }
            var lowered = String(decoding: bytes, as: UTF8.self).lowercased()
            return lowered.withUTF8 { body($0, start, end) }
        }
    }

    /// Each word's UTF-8 bytes, already lower-case unless `isLowered` is false (a scalar beyond
    /// Latin-1), which the caller then lower-cases as a String.
    @inline(__always)
    private func scan(_ text: UnsafeBufferPointer<UInt8>,
                      _ body: (_ word: UnsafeBufferPointer<UInt8>, _ isLowered: Bool, _ start: Int, _ end: Int) -> Bool) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumWordBytes) { word in
            var length = 0, start = 0
            var isLowered = true
            func add(_ byte: UInt8) { word[length] = byte; length += 1 }
            func flush(at end: Int) -> Bool {
                guard length > 0 else { return true }
                defer { length = 0; isLowered = true }
                return body(UnsafeBufferPointer(rebasing: word[..<length]), isLowered, start, end)
            }
            let latin1 = Latin1.lowercasedWordCharacters
            let extras = extraWordCharacters
            // A Latin-1 scalar at `offset`: it joins the word, lower-cased, or ends one. False when
            // `body` asked to stop.
            func latin1Scalar(_ value: UInt8, at offset: Int) -> Bool {
                var lower = latin1[Int(value)]
                if lower == 0 {
                    guard !extras.isEmpty && extras.contains(Unicode.Scalar(value)) else { return flush(at: offset) }
                    lower = value
                }
                if length == 0 { start = offset }
                if lower < 0x80 {
                    if length < Self.maximumWordBytes { add(lower) }
                } else if length + 2 <= Self.maximumWordBytes {
                    add(0xC0 | lower >> 6)
                    add(0x80 | lower & 0x3F)
                }
                return true
            }
            var offset = 0
            while offset < text.count {
                let byte = text[offset]
                if byte < 0x80 {
                    guard latin1Scalar(byte, at: offset) else { return }
                    offset += 1
                    continue
                }
                // A two-byte sequence is U+0080–U+07FF; the lead bytes C2 and C3 hold Latin-1.
                if byte == 0xC2 || byte == 0xC3, offset + 1 < text.count, UTF8.isContinuation(text[offset + 1]) {
                    guard latin1Scalar((byte & 0x03) << 6 | (text[offset + 1] & 0x3F), at: offset) else { return }
                    offset += 2
                    continue
                }
                // Any other scalar, or invalid bytes (which separate words).
                var parser = Unicode.UTF8.ForwardParser()
                var bytes = UnsafeBufferPointer(rebasing: text[offset...]).makeIterator()
                switch parser.parseScalar(from: &bytes) {
                case .valid(let encoded):
                    let scalar = Unicode.UTF8.decode(encoded)
                    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || extras.contains(scalar) {
                        if length == 0 { start = offset }
                        if length + encoded.count <= Self.maximumWordBytes { encoded.forEach(add) }
                        isLowered = false
                    } else if !flush(at: offset) {
                        return
                    }
                    offset += encoded.count
                case .error(let invalid):
                    if !flush(at: offset) { return }
                    offset += invalid
                case .emptyInput:
                    offset = text.count
                }
            }
            _ = flush(at: offset)
        }
    }
}

/// Word characters and lower case for U+0000–U+00FF, where Norwegian text lives, by table.
private enum Latin1 {
    /// Each scalar's lower case if it is a letter or digit as Unicode sees them (`isAlphabetic` or
    /// numeric, e.g. "ª", "²", "µ", "æ"), else 0. Lower case stays in Latin-1: A–Z and À–Þ but × move by 0x20.
    static let lowercasedWordCharacters: [UInt8] = (0...255).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return 0 }
        let isUpper = (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7)
        return UInt8(isUpper ? value | 0x20 : value)
    }
}
