/// The fixed query mix: the development queries of the judged set (their wording, not their
/// judgements), then odd input — typos, missing æ ø å, FTS5 syntax, SQL, filler words only, a
/// number, one letter, a very long query. Fixed strings, never user input.
enum QueryMix {
    static let development = [
        "pasient med alvorlig ME som er sengeliggende og plages av lys og lyd",
        "hvem skal oppnevne koordinator når ALS-diagnosen er stilt",
        "oppgaver for kommunal koordinator ved ALS",
        "pasienten er ikke samtykkekompetent, hvem skal høres om hva pasienten ville ønsket",
        "søke brukerstyrt personlig assistent (BPA)",
        "planlegge diagnosesamtalen",
        "henvisning til psykolog for ALS-pasient",
        "barn under 18 år som pårørende til forelder med ALS",
        "hva bør planen for oppfølging inneholde",
        "er de nasjonale faglige rådene rettslig bindende",
        "helsepersonelloven § 10a",
        "pårørendeavtale",
        "epikrise til fastlegen ved utskrivning",
        "NAV hjelpemiddelsentral",
        "parorende barn helsestasjon",
    ]

    static let odd = [
        "koordinatr", "samtykkekompetanse vurdering pasient pårørende", "hva er det", "10", "a", "\"", "*", "NEAR(a b)",
        "'; DROP TABLE passages; --", "xqzvw", String(repeating: "pårørende ", count: 200),
    ]

    static let all = development + odd

    /// The queries timed as whole processes: a few typical ones, kept short so the run stays short.
    static let process = [development[0], development[2], development[7], development[12], development[14]]
}
