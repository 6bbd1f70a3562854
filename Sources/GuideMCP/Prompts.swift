/// The prompt `svar_fra_retningslinjene`: how a model is to answer a clinical question from this server.
enum Prompts {
    static let name = "svar_fra_retningslinjene"
    static let argument = "sporsmal"

    static let list: JSONValue = [[
        "name": .string(name), "title": "Svar fra retningslinjene",
        "description": "Svar på et spørsmål bare ut fra retningslinjene, med ordrette sitater og kilder.",
        "arguments": [["name": .string(argument), "description": "Spørsmålet som skal besvares", "required": true]],
    ]]

    static func get(_ params: [String: JSONValue]) throws(RPCError) -> [String: JSONValue] {
        guard params["name"]?.string == name else {
            throw .invalidParams("Ukjent prompt: \(params["name"]?.string ?? "(uten navn)"); den som finnes er \(name)")
        }
        guard let question = params["arguments"]?[argument]?.string, !question.isEmpty else {
            throw .invalidParams("Prompten \(name) trenger argumentet «\(argument)»")
        }
        let text = """
        Svar på spørsmålet under bare ut fra Helsedirektoratets retningslinjer, slik verktøyene gir dem \
        (search_guidelines, get_recommendation, plan_contents, legal_basis, role_tasks, list_guidelines). \
        Bruk ikke egen kunnskap. Siter ordlyden og oppgi for hvert sitat retningslinje, kapittel, \
        anbefalingens id, del og adresse. Er en tekst merket HØRINGSUTKAST, si at den er et høringsutkast \
        og ikke gjeldende råd, med høringsfristen. Finner verktøyene ikke noe, si det.

        Spørsmål: \(question)
        """
        return ["description": "Svar fra retningslinjene med kilder",
                "messages": [["role": "user", "content": ["type": "text", "text": .string(text)]]]]
    }
}
