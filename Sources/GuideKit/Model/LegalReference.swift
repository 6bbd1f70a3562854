/// A reference to an act or regulation: "helsepersonelloven § 10a", "journalforskriften § 6 bokstav g",
/// "pasient- og brukerrettighetsloven kapittel 3".
public struct LegalReference: Sendable, Hashable, Codable {
    /// Canonical name of the act or regulation, lower case as Norwegians write it ("helsepersonelloven",
    /// "forskrift om habilitering, rehabilitering og koordinator").
    public var act: String
    /// Normalized section, "§ 10a", "§ 2-5a"; nil when the whole act (or a chapter) is meant.
    public var section: String?
    /// A finer or coarser part: "bokstav g", "kapittel 3", "første ledd".
    public var part: String?
    /// The lovdata.no address, when the text links it or the act is known.
    public var url: String?
    public var source: SourceSpan

    public init(act: String, section: String? = nil, part: String? = nil, url: String? = nil, source: SourceSpan) {
        self.act = act
        self.section = section
        self.part = part
        self.url = url
        self.source = source
    }

    /// "helsepersonelloven § 10a", "journalforskriften § 6 bokstav g".
    public var citation: String {
        LegalCitation.text(act: act, section: section, part: part)
    }
}
