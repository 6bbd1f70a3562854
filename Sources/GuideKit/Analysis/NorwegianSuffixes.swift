/// The suffix tables of Snowball's `norwegian.sbl`, used by `NorwegianStemmer`.
///
/// Snowball's `among` picks the longest matching entry; each table here is sorted longest first,
/// so the first entry that matches is the one Snowball would pick.
enum NorwegianSuffixes {
    /// What step 1 does with a main suffix it finds in R1.
    enum Rule: Sendable {
        /// Remove the suffix.
        case delete
        /// `ers`: removed unless one of `ersKeepingContexts` comes before it.
        case ers
        /// `s`: removed only after certain letters (see `NorwegianStemmer.removesFinalS`).
        case s
        /// `erte`, `ert`: replaced by `er`.
        case erte
    }

    struct Suffix: Sendable {
        let scalars: [Unicode.Scalar]
        let rule: Rule
        /// One of `shortInflections` (decided once, not per word).
        let isShortInflection: Bool

        init(scalars: [Unicode.Scalar], rule: Rule) {
            self.scalars = scalars
            self.rule = rule
            isShortInflection = rule == .delete && NorwegianSuffixes.shortInflections.contains(scalars)
        }
    }

    /// The inflections of the common noun, verb and adjective paradigms (lege, legen, leger, legene;
    /// livet, livets; høre, høres; hoppande), which may leave a stem of three letters. Every other
    /// ending must leave four (`NorwegianStemmer.guardedRegionMinimum`): the derivations (-het,
    /// -lighet, -lov, -ast) and `ens`, which after three letters is mostly a word's own ending
    /// (demens, essens, lisens, potens, tendens) and only now and then a genitive.
    static let shortInflections = scalarTable(["a", "e", "en", "et", "er", "ar", "ene", "ane", "ets", "es", "as", "ede", "ande", "ende"])

    /// Step 1 (`main_suffix`), longest first.
    static let main: [Suffix] = {
        let deleted = [
            "a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "en", "heten", "ar",
            "er", "heter", "as", "es", "edes", "endes", "enes", "hetenes", "ens",
            "hetens", "ets", "et", "het", "ast",
        ]
        let suffixes = deleted.map { Suffix(scalars: Array($0.unicodeScalars), rule: .delete) } + [
            Suffix(scalars: Array("ers".unicodeScalars), rule: .ers),
            Suffix(scalars: Array("s".unicodeScalars), rule: .s),
            Suffix(scalars: Array("erte".unicodeScalars), rule: .erte),
            Suffix(scalars: Array("ert".unicodeScalars), rule: .erte),
        ]
        return suffixes.sorted { $0.scalars.count > $1.scalars.count }
    }()

    /// Letters before `ers` that remove it. They are the longer forms of keeping contexts
    /// (`giv`, `hav` of `v`; `skap` of `kap`), so they are tested first.
    static let ersDeletingContexts = scalarTable(["skap", "giv", "hav"])

    /// Letters before `ers` that keep it (`ers` after anything else is removed).
    static let ersKeepingContexts = scalarTable(["amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst"])

    /// Step 2 (`consonant_pair`).
    static let consonantPairs = scalarTable(["dt", "vt"])

    /// Step 3 (`other_suffix`), longest first.
    static let other = scalarTable([
        "leg", "eleg", "ig", "eig", "lig", "elig", "els", "lov", "elov", "slov", "hetslov",
    ])

    /// The step-3 endings that are nouns heading a compound in health texts ("fastlege", "helselov"),
    /// kept by the analyzer's stems (`NorwegianStemmer.removeOtherSuffix`).
    static let nounHeads = Set(scalarTable(["leg", "eleg", "lov", "elov", "slov", "hetslov"]))

    private static func scalarTable(_ suffixes: [String]) -> [[Unicode.Scalar]] {
        suffixes.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }
}
