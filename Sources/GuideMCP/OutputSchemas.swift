/// The `outputSchema` of each tool: JSON Schema for the CLI's `--json` shapes (`SearchJSON`, `ShowJSON`,
/// `PlanAnswer`, `LawOverview`/`LawCitations`, `RoleTasks`, `ListJSON`), as far as a client needs to rely
/// on them: every field that says where a text comes from is required and typed.
enum OutputSchemas {
    // MARK: - Building blocks

    static func object(_ properties: [String: JSONValue], required: [String]? = nil) -> JSONValue {
        ["type": "object", "properties": .object(properties),
         "required": .array((required ?? properties.keys.sorted()).map { .string($0) })]
    }

    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    static func nullable(_ type: String) -> JSONValue { ["type": [.string(type), "null"]] }
    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]
    static let number: JSONValue = ["type": "number"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let anyObject: JSONValue = ["type": "object"]
    static let strings = array(string)

    static let guideline = object([
        "id": string, "title": string, "status": ["type": "string", "enum": ["published", "hearingDraft"]],
        "hearingDeadline": nullable("string"), "kind": nullable("string"), "publisher": nullable("string"),
        "url": nullable("string"), "lastChanged": nullable("string"), "firstPublished": nullable("string"),
        "year": nullable("string"), "hearingClosed": nullable("boolean"),
        // Only where a hearing draft's page says them.
        "expectedCompletion": string, "hearingPassedStated": boolean,
    ], required: ["firstPublished", "hearingClosed", "hearingDeadline", "id", "kind", "lastChanged", "publisher", "status", "title",
                  "url", "year"])
    static let chapter = object(["number": integer, "title": string])
    static let recommendation = object(["id": string, "title": string, "kind": string])
    static let source = object(["path": string, "url": nullable("string"), "lines": array(integer)])
    static let legalReference = object(["act": string, "section": nullable("string"), "part": nullable("string"),
                                        "url": nullable("string"), "citation": string])
    static let snippet = object(["text": string, "highlights": array(object(["start": integer, "end": integer]))])
    static let correction = object(["typed": string, "searched": string])
    static let coverage = object(["guidelines": integer, "hearingDrafts": integer, "recommendations": integer,
                                  "passages": integer, "titles": strings, "lastSynced": nullable("string")])
    /// An item of a merged plan: its text, its sources, its sub-items (same shape, not checked deeper).
    static let planItem = object(["text": string, "items": array(anyObject), "sources": array(object([
        "checklist": integer, "text": string, "guideline": guideline, "recommendation": recommendation,
        "part": string, "partTitle": nullable("string"), "source": source,
    ]))])

    // MARK: - The tools' answers

    static let search = object([
        "query": string, "terms": strings, "corrections": array(correction),
        "results": array(object([
            "rank": integer, "score": number, "guideline": guideline, "chapter": chapter,
            "recommendation": ["anyOf": [recommendation, ["type": "null"]]],
            "section": object(["id": integer, "kind": string, "title": nullable("string"), "text": string]),
            "snippet": snippet, "source": source, "legalReferences": array(legalReference),
            "obligations": ["type": ["array", "null"]],
        ])),
        "coverage": coverage,
    ], required: ["query", "terms", "corrections", "results"])

    static let show = object(["recommendation": object([
        "id": string, "kind": string, "title": string, "guideline": guideline, "chapter": chapter,
        "sections": array(object(["title": nullable("string"), "kind": string, "text": string, "lines": array(integer)],
                                 required: ["title", "kind", "text", "lines"])),
        "checklists": array(anyObject), "legalReferences": array(legalReference),
        "links": array(object(["text": nullable("string"), "url": string])), "literature": strings, "source": source,
    ], required: ["id", "kind", "title", "guideline", "chapter", "sections", "checklists", "legalReferences", "links",
                  "literature", "source"])])

    static let plan = object([
        "situation": nullable("string"), "terms": strings, "corrections": array(correction), "planAsked": nullable("string"),
        "checklists": array(object([
            "number": integer, "topic": string, "plan": nullable("string"), "leadIn": string, "itemCount": integer,
            "guideline": guideline, "chapter": chapter, "recommendation": recommendation, "part": string,
            "partTitle": nullable("string"), "source": source,
        ])),
        "plan": array(planItem), "tasks": array(planItem),
    ])

    static let provision = object(["section": nullable("string"), "part": nullable("string"), "citation": string,
                                   "url": nullable("string"), "count": integer])
    static let lawOverview = object(["acts": array(object([
        "act": string, "kind": string, "url": nullable("string"), "count": integer, "provisions": array(provision),
    ]))])
    static let lawCitations = object([
        "query": string, "act": string, "kind": string, "section": nullable("string"), "part": nullable("string"),
        "url": nullable("string"), "count": integer, "provisions": array(provision),
        "recommendations": array(object([
            "guideline": guideline, "chapter": chapter, "recommendation": recommendation,
            "citations": array(legalReference), "source": source,
            "passages": array(object(["kind": string, "title": nullable("string"), "citations": strings,
                                      "snippet": snippet, "lines": array(integer)])),
        ])),
    ])
    /// `legal_basis` answers the overview without an act, the citations of one with it.
    static let law: JSONValue = ["type": "object", "anyOf": [lawOverview, lawCitations]]

    static let roleTasks = object([
        "query": string, "role": string, "count": integer,
        "recommendations": array(object([
            "guideline": guideline, "chapter": chapter, "recommendation": recommendation,
            "strength": ["type": ["object", "null"]], "source": source,
            "tasks": array(object(["part": string, "statement": object(["text": string, "norm": string], required: ["text", "norm"]),
                                   "items": strings])),
        ])),
    ])

    static let list = object([
        "coverage": coverage,
        "guidelines": array(object([
            "id": string, "title": string, "status": string, "hearingDeadline": nullable("string"),
            "hearingClosed": nullable("boolean"), "expectedCompletion": string, "hearingPassedStated": boolean,
            "url": nullable("string"), "path": string,
            "chapters": array(object(["number": integer, "title": string, "recommendations": array(recommendation)])),
        ], required: ["id", "title", "status", "hearingDeadline", "hearingClosed", "url", "path", "chapters"])),
    ])
}
