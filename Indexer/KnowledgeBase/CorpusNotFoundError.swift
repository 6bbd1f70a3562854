/// No corpus at any place guide looked (and no index to answer from without one): says each place,
/// why it was looked at, and how to name another.
public struct CorpusNotFoundError: Error, CustomStringConvertible {
    public let places: [CorpusPlace]

    public init(places: [CorpusPlace]) {
        self.places = places
    }

    public var description: String {
        let looked = places.map { "  \($0.path) (\($0.reason))" }.joined(separator: "\n")
        let only = places.count == 1 && places[0].kind == .chosen
        return (only ? "fant ikke korpusmappen:\n" : "fant ingen korpusmappe; så etter disse stedene:\n") + looked + """

        Velg en annen med --corpus MAPPE eller GUIDE_CORPUS=MAPPE, eller installer korpuset med «guide install» fra en utsjekk av prosjektet.
        """
    }
}
