import GuideIndexer
import GuideKit
import XCTest

/// A small hand-built guideline in Norwegian, independent of the readers, for index and query tests.
enum SampleGuideline {
    static func make(id: String = "demo", title: String = "Demo – oppfølging av pasienter med langvarig sykdom",
                     status: GuidelineStatus = .hearingDraft(deadline: "1. mars 2027")) -> Guideline {
        let path = "Corpus/\(id).md"
        func span(_ a: Int, _ b: Int? = nil) -> SourceSpan { SourceSpan(path: path, firstLine: a, lastLine: b ?? a) }
        let plan = Checklist(leadIn: "Planen bør inneholde:", items: [
            ChecklistItem(text: "Hva er viktig for pasienten?", source: span(12)),
            ChecklistItem(text: "Hvordan ivareta:", items: [
                ChecklistItem(text: "behov for sosial kontakt", source: span(14)),
                ChecklistItem(text: "fysiske funksjoner", source: span(15)),
            ], source: span(13)),
            ChecklistItem(text: "Samarbeid med pårørende", source: span(16)),
        ], source: span(11, 16))
        let first = Article(
            id: "\(id)/1.1", kind: .recommendation,
            title: "Kommunen bør oppnevne en koordinator for pasienter med behov for langvarige tjenester",
            url: "https://example.org/\(id)/koordinator",
            sections: [
                Section(kind: .recommendation, blocks: [
                    .paragraph(Paragraph(text: "Koordinatoren bør sørge for at det utarbeides en plan for oppfølging.", source: span(8))),
                    .checklist(plan),
                ], source: span(8, 16)),
                Section(title: "Praktisk – slik kan rådet følges", kind: .practical, blocks: [
                    .paragraph(Paragraph(text: "Pasienter som er sengeliggende og ikke tåler lys og lyd trenger skjermet oppfølging i hjemmet.", source: span(18))),
                ], source: span(17, 18)),
                Section(title: "Begrunnelse – dette er rådet basert på", kind: .rationale, blocks: [
                    .paragraph(Paragraph(text: "Barn som pårørende har egne rettigheter, jf. helsepersonelloven § 10a.", source: span(20))),
                ], source: span(19, 20)),
            ],
            legalReferences: [LegalReference(act: "helsepersonelloven", section: "§ 10a",
                                             url: "https://lovdata.no/lov/1999-07-02-64/§10a", source: span(20))],
            source: span(7, 20))
        let second = Article(
            id: "\(id)/1.2", kind: .recommendation, title: "Helsepersonell bør tilby samtale om ernæring og søvn",
            sections: [Section(kind: .recommendation, blocks: [
                .paragraph(Paragraph(text: "Søvn og ernæring påvirker utmattelse. Får pasienten nok hvile, blir dagene lettere.", source: span(23))),
            ], source: span(23))],
            source: span(22, 23))
        let method = Article(
            id: "\(id)/2.1", kind: .text, title: "Metode og prosess",
            sections: [Section(title: "Rettslig betydning", kind: .other, blocks: [
                .paragraph(Paragraph(text: "Rådene er ikke rettslig bindende, men faglig normerende.", source: span(27))),
            ], source: span(26, 27))],
            source: span(25, 27))
        return Guideline(id: id, title: title, publisher: "Helsedirektoratet", kind: "Nasjonale faglige råd", status: status,
                         url: "https://example.org/\(id)", chapters: [
                            Chapter(number: 1, title: "Koordinering", articles: [first, second], source: span(5, 23)),
                            Chapter(number: 2, title: "Metode og prosess", articles: [method], source: span(25, 27)),
                         ], source: span(1, 27))
    }

    /// Builds an index of the sample into a fresh temporary directory and returns its path.
    /// With the small test word list, or none (as on a machine without one).
    static func buildIndex(_ guidelines: [Guideline] = [make()], synonyms: [SynonymGroup] = [], concepts: [Concept] = [],
                           withoutWordList: Bool = false) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("index.sqlite").path
        try IndexBuilder.write(guidelines, synonyms: synonyms, concepts: concepts, files: [CorpusFile(path: "Corpus/demo.md", hash: "abc", size: 1)],
                               wordList: withoutWordList ? nil : try TestWordList.small.get(), to: path)
        return path
    }
}
