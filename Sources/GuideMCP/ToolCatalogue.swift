/// The tools `tools/list` offers: each with its input and output schema, and annotations saying that
/// it only reads a local index (never changes anything, never reaches the outside world).
enum ToolCatalogue {
    struct Tool {
        let name: String
        let title: String
        let description: String
        let input: JSONValue
        let output: JSONValue

        /// The tool as listed; without `outputSchema` for a 2025-03-26 client, which knows none.
        func definition(structured: Bool) -> JSONValue {
            var tool: [String: JSONValue] = [
                "name": .string(name), "title": .string(title), "description": .string(description), "inputSchema": input,
                "annotations": ["title": .string(title), "readOnlyHint": true, "destructiveHint": false,
                                "idempotentHint": true, "openWorldHint": false],
            ]
            if structured { tool["outputSchema"] = output }
            return .object(tool)
        }
    }

    static func input(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
         "additionalProperties": false]
    }

    static func text(_ description: String) -> JSONValue { ["type": "string", "description": .string(description)] }

    static func limit(_ description: String) -> JSONValue {
        ["type": "integer", "minimum": 1, "maximum": .int(ToolArguments.maxLimit), "default": 10,
         "description": .string(description)]
    }

    static let all: [Tool] = [
        Tool(name: "search_guidelines", title: "Søk i retningslinjene",
             description: """
             Finner rådene i Helsedirektoratets nasjonale retningslinjer og faglige råd som passer en situasjon, \
             best først, med utdrag. Hvert treff oppgir retningslinje, kapittel, anbefalingens id, del, \
             HØRINGSUTKAST-merking, datoer og adresse.
             """,
             input: input([
                "query": text("Situasjonen med vanlige norske ord, f.eks. \"pårørende barn ved ALS\""),
                "limit": limit("Antall anbefalinger (standard 10)"),
                "role": text("Bare anbefalinger der denne rollen skal handle, f.eks. fastlege"),
                "must": ["type": "boolean", "default": false,
                         "description": "Bare avsnitt med en plikt (\"skal\", \"må\", \"plikter\")"],
             ], required: ["query"]),
             output: OutputSchemas.search),
        Tool(name: "get_recommendation", title: "Hent en anbefaling",
             description: """
             Hele anbefalingen med id-en (fra et søketreff eller list_guidelines): tekst, praktisk del, \
             sjekklister, lovgrunnlag og kilde.
             """,
             input: input(["id": text("Anbefalingens id, f.eks. als-samhandling-og-oppfolging/2.3 (eller kortere: als/2.3)")],
                          required: ["id"]),
             output: OutputSchemas.show),
        Tool(name: "plan_contents", title: "Innhold i en plan",
             description: """
             Hva en plan bør inneholde for en situasjon: sjekklistene som passer, punktene slått sammen med \
             kildene sine, og oppgavene til rollene som lager planen.
             """,
             input: input([
                "situation": text("Situasjonen, f.eks. \"hva bør behandlingsplanen inneholde ved ALS\" (uten: alle plansjekklister)"),
                "limit": limit("Sjekklister av hver sort (standard 10)"),
             ]),
             output: OutputSchemas.plan),
        Tool(name: "legal_basis", title: "Lovgrunnlag",
             description: """
             Rådene som viser til en lov eller paragraf, med sitatene; uten lov: alle lover og paragrafer \
             retningslinjene viser til, med antall.
             """,
             input: input([
                "act": text("Lov eller forskrift ved navn, kortnavn eller forkortelse, f.eks. helsepersonelloven, hpl, pbrl"),
                "section": text("Paragraf, f.eks. \"§ 10a\" eller \"kapittel 3\" (krever act)"),
             ]),
             output: OutputSchemas.law),
        Tool(name: "role_tasks", title: "En rolles oppgaver",
             description: "Oppgavene retningslinjene gir en rolle (f.eks. fastlege, kommunal koordinator), med kilde.",
             input: input(["role": text("Rollen i hvilken som helst form, f.eks. fastlegen eller ALS-koordinatoren")],
                          required: ["role"]),
             output: OutputSchemas.roleTasks),
        Tool(name: "list_guidelines", title: "Hva indeksen dekker",
             description: "Retningslinjene i indeksen med kapitler og anbefalingenes id-er, og hva indeksen dekker.",
             input: input([:]),
             output: OutputSchemas.list),
    ]

    static func named(_ name: String) -> Tool? {
        all.first { $0.name == name }
    }
}
