import GuideKit

/// Fills what the text did not say from the `.meta` file beside it. The text wins: a field the
/// reader found is kept, and a conflicting metadata value is reported.
enum MetadataDefaults {
    static func apply(_ metadata: DocumentMetadata, to guideline: inout Guideline, document: SourceDocument,
                      diagnostics: inout [Diagnostic]) {
        fill(&guideline.title, metadata["title"])
        fillOptional(&guideline.publisher, metadata["publisher"])
        fillOptional(&guideline.kind, metadata["kind"])
        fillOptional(&guideline.url, metadata["url"])
        fillOptional(&guideline.year, metadata["year"])
        fillOptional(&guideline.accessed, metadata["accessed"])
        fillOptional(&guideline.place, metadata["place"])
        if let status = metadata["status"]?.lowercased(), !guideline.status.isHearingDraft,
           status.contains("høring") || status.contains("hearing") {
            guideline.status = .hearingDraft(deadline: metadata["deadline"])
        }
        if guideline.status.isHearingDraft, guideline.status.hearingDeadline == nil, let deadline = metadata["deadline"] {
            guideline.status.hearingDeadline = deadline
        }
        if guideline.title.isEmpty {
            guideline.title = document.baseName
            diagnostics.append(document.warning(nil, "fant ingen tittel i teksten eller metadataene; bruker filnavnet"))
        }
        // A page that showed no title line leaves its chapter and article untitled: they take the guideline's.
        for c in guideline.chapters.indices {
            if guideline.chapters[c].title.isEmpty { guideline.chapters[c].title = guideline.title }
            for a in guideline.chapters[c].articles.indices where guideline.chapters[c].articles[a].title.isEmpty {
                guideline.chapters[c].articles[a].title = guideline.title
            }
        }
    }

    private static func fill(_ field: inout String, _ value: String?) {
        if field.isEmpty, let value { field = value }
    }

    private static func fillOptional(_ field: inout String?, _ value: String?) {
        if field == nil || field?.isEmpty == true, let value { field = value }
    }
}
