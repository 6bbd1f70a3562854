/// Who the server is and how a model is to use it: sent in `server/discover`, in the `initialize`
/// result, and (2026-07-28) in every result's `_meta`.
enum ServerIdentity {
    static let name = "guide"
    static let title = "Nasjonale retningslinjer og faglige råd (Helsedirektoratet)"

    static func info(version: String) -> JSONValue {
        ["name": .string(name), "title": .string(title), "version": .string(version)]
    }

    static let instructions = """
    Verktøyene svarer med tekst fra Helsedirektoratets nasjonale retningslinjer og faglige råd, \
    søkt lokalt og uten nett. Svar bare ut fra det verktøyene gir, aldri fra egen kunnskap. Siter \
    ordlyden og oppgi for hvert sitat kilden: retningslinje, kapittel, anbefalingens id, del og adresse. \
    Er teksten merket HØRINGSUTKAST, si at den er et høringsutkast og ikke gjeldende råd, og nevn høringsfristen. \
    Finner verktøyene ikke noe, si det i stedet for å gjette. Innholdet er Helsedirektoratets, \
    gjengitt under Norsk lisens for offentlige data (NLOD).
    """

    /// What the server offers; `listChanged` and `subscribe` are not, since it sends no notifications.
    static let capabilities: JSONValue = ["tools": [:], "resources": [:], "prompts": [:]]
}
