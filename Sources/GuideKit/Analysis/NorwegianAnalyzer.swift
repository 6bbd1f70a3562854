/// The analyzer used at index and query time, registered as the FTS5 tokenizer `norwegian`.
///
/// Documents: every word is indexed in its exact lower-case form (æ ø å kept: "får" ≠ "far") and,
/// at the same position, always its stem too, marked with `stemMarker` ("_koordinator" for "koordinatoren"), so
/// a query can ask for the exact form, the stem, or both. Queries are built by `QueryAnalysis` from
/// such terms and pass through unchanged.
public struct NorwegianAnalyzer: FTS5Tokenizer {
    public static let name = "norwegian"
    /// Prefix of stem terms; never part of a document word.
    public static let stemMarker: Unicode.Scalar = "_"

    /// Splits compounds at index time, so "plan for oppfølging" finds "oppfølgingsplan". Queries
    /// and highlighting need none: the parts share the compound's position.
    public let decompounder: Decompounder?

    public init(decompounder: Decompounder? = nil) {
        self.decompounder = decompounder
    }

    public func tokenize(_ text: UnsafeBufferPointer<UInt8>, reason: FTS5TokenizeReason,
                         emit: (String, Int, Int, Bool) -> Bool) {
        switch reason {
        case .query, .prefixQuery:
            WordScanner(extraWordCharacters: [Self.stemMarker]).words(in: text) { word, start, end in
                emit(word, start, end, false)
            }
        case .auxiliary:
            // snippet() and highlight() only need each position's byte range; stems and compound
            // parts share their word's position, so leaving them out changes nothing but the cost.
            WordScanner().words(in: text) { word, start, end in emit(word, start, end, false) }
        case .document:
            WordScanner().words(in: text) { word, start, end in
                guard emit(word, start, end, false), emit(Self.stemTerm(Self.stem(word)), start, end, true) else { return false }
                for part in decompounder?.parts(of: word) ?? [] {
                    guard emit(Self.stemTerm(Self.stem(part)), start, end, true) else { return false }
                }
                return true
            }
        }
    }

    /// The stem of a lower-case word; numbers and very short words are left alone. Snowball's rules
    /// with a stem of four letters at least but after the common inflections
    /// (`NorwegianStemmer.guardedRegionMinimum`), so a short stem does not turn one word into
    /// another ("demens" is not "dem").
    public static func stem(_ word: String) -> String {
        word.unicodeScalars.count < 3 || word.unicodeScalars.contains(where: isNumeric)
            ? word : NorwegianStemmer.stem(word, regionMinimum: NorwegianStemmer.guardedRegionMinimum)
    }

    /// Snowball's stem as published, with numbers and very short words left alone: what
    /// `guide-bench --stems` measures the analyzer's stems against.
    public static func snowballStem(_ word: String) -> String {
        word.unicodeScalars.count < 3 || word.unicodeScalars.contains(where: isNumeric) ? word : NorwegianStemmer.stem(word)
    }

    /// Whether the scalar has a numeric type (`properties.numericType`), answered by range below U+0100,
    /// where Norwegian text lives (digits and ² ³ ¹ ¼ ½ ¾): the property look-up was a tenth of a search.
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0xB2, 0xB3, 0xB9, 0xBC...0xBE: true
        case 0..<0x100: false
        default: scalar.properties.numericType != nil
        }
    }

    /// The index term for a stem.
    public static func stemTerm(_ stem: String) -> String {
        String(stemMarker) + stem
    }
}
