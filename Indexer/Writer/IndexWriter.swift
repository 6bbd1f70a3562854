import GuideKit

/// Writes finished guidelines into an empty index, through the store's inserts: every table, the
/// FTS table, and the vocabulary, synonym, concept and posting tables search reads. A build writes
/// the rows first (`writeRows`), then what is derived from them all (`writeDerived`).
struct IndexWriter {
    let store: IndexStore
    /// The tokenizer registered for the FTS table, also used for the posting lists.
    let analyzer: NorwegianAnalyzer
    /// Ids to give the passages, in order, before new ones: an in-place update's replaced passages (`IndexUpdater`).
    var reusedIDs: ReusedPassageIDs?

    /// A build's first part: every guideline's rows, then the corpus files, the guidelines taken one
    /// at a time in corpus order (the sequence reads them as it goes, so `files`, asked after the
    /// last, can list what was read); gathers the words compounds are split against. No passage is
    /// tokenized yet: that needs all the words (`writeDerived`).
    func writeRows(_ guidelines: some Sequence<Guideline>, files: () -> [CorpusFile], words: inout Set<String>,
                   stages: inout BuildStages) throws -> (guidelines: Int, articles: Int) {
        try store.createTables()
        return try store.transaction {
            var written = (guidelines: 0, articles: 0)
            for guideline in guidelines {
                try stages.time(\.inserts) { try write(guideline, ordinal: written.guidelines) { _, _ in } }
                stages.time(\.analyze) { CorpusVocabulary.add(guideline, to: &words) }
                written.guidelines += 1
                written.articles += guideline.articles.count
            }
            let files = files()
            try stages.time(\.inserts) {
                for file in files {
                    try store.insert(CorpusFileRecord(path: file.path, hash: file.hash, size: file.size, stamp: file.stamp))
                }
            }
            return written
        }
    }

    /// A build's second part, once every row is in and `analyzer` splits compounds against all the
    /// words: the FTS index, the posting lists (from sorted runs, spilled beside the index as
    /// `<spillPrefix>-run<n>` when over the memory budget), the vocabulary, word forms and lexicons.
    /// Returns the number of passages.
    func writeDerived(synonyms: [SynonymGroup], concepts: [Concept], wordList: NorwegianWordList?, spillPrefix: String,
                      stages: inout BuildStages) throws -> Int {
        let passages = try store.transaction {
            try stages.time(\.fullText) {
                try store.bulkFullTextSettings()
                try store.rebuildFullTextIndex()
            }
            stages.notePeak(\.peakAfterFullTextMB)
            let count = try writePostings(spillPrefix: spillPrefix, stages: &stages)
            stages.notePeak(\.peakAfterPostingsMB)
            try stages.time(\.vocabulary) {
                try writeVocabulary()
                try writeWordForms(wordList)
            }
            stages.notePeak(\.peakAfterVocabularyMB)
            try stages.time(\.other) {
                for (group, synonym) in synonyms.enumerated() {
                    for phrase in synonym.phrases {
                        try store.insert(SynonymRecord(group: group, phrase: phrase, firstWord: QueryTerms.tokens(phrase).first ?? ""))
                    }
                }
                for (number, concept) in concepts.enumerated() {
                    for phrase in concept.layPhrases { try store.insert(ConceptRecord(concept: number, role: .lay, phrase: phrase)) }
                    for term in concept.terms { try store.insert(ConceptRecord(concept: number, role: .term, phrase: term)) }
                }
                try writeActs()
                try writeRoles(RoleLexicon.builtIn)
                try store.insertMeta(key: "schema", value: String(IndexSchema.version))
                try store.insertMeta(key: "tokenizer", value: IndexSchema.tokenizer)
                try store.insertMeta(key: "indexer", value: IndexerIdentity.current.recorded)
                try store.insertMeta(key: "indexer_stamp", value: ExecutableStamp.current)
            }
            return count
        }
        try stages.time(\.fullText) { try store.optimizeFullTextIndex() }
        try store.stampSchemaVersion()
        return passages
    }

    /// The posting lists and passage values from the stored passages, in id order; returns the number
    /// of passages. The runs are let go on return, before the vocabulary and word forms are made.
    private func writePostings(spillPrefix: String, stages: inout BuildStages) throws -> Int {
        var runs = PostingRuns(analyzer: analyzer, spillPrefix: spillPrefix)
        defer { runs.removeSpilled() }
        let started = BuildStages.now()
        try store.forEachPassageText { id, heading, text, articleID in
            try runs.add(id: id, heading: heading, text: text, articleID: articleID)
        }
        try runs.write(to: store)
        stages.analyze += runs.analyzeSeconds
        stages.postings += BuildStages.now() - started - runs.analyzeSeconds
        return runs.values.passages
    }

    /// Copies the FTS vocabulary into a plain table with the folded spelling and length that
    /// query correction looks up.
    private func writeVocabulary() throws {
        try store.insert(try store.indexedTerms().map { term, passages in
            let isStem = term.unicodeScalars.first == NorwegianAnalyzer.stemMarker
            return VocabularyRecord(term: term, folded: isStem ? nil : Spelling.folded(term), length: term.count, passages: passages)
        })
    }

    /// The word-list forms a correction could reach (`WordFormSelection`), and which list they came from.
    private func writeWordForms(_ wordList: NorwegianWordList?) throws {
        try store.insertMeta(key: "wordlist_stamp", value: wordList?.stamp ?? NorwegianWordList.noneStamp)
        guard let wordList else {
            try store.insertMeta(key: "wordlist", value: "none")
            return
        }
        let forms = WordFormSelection.forms(of: wordList, reachableFrom: try store.indexedWords())
        try store.insert(forms.map(WordFormRecord.init(form:)))
        try store.insertMeta(key: "wordlist", value: wordList.source)
    }

    /// Copies the act registry's acts and name forms, so queries can resolve names without the indexer.
    private func writeActs() throws {
        let table = ActRegistry.all
        for (ordinal, act) in table.enumerated() {
            let kind: ActKind = switch act.kind {
            case .law: .law
            case .regulation: .regulation
            }
            try store.insert(ActRecord(name: act.name, ordinal: ordinal, kind: kind, url: act.lovdataURL(section: nil, part: nil)))
        }
        for form in ActRegistry.lookupForms {
            try store.insert(ActNameRecord(alias: form.key, act: table[form.act].name, isAbbreviation: form.isAbbreviation))
        }
    }

    /// Writes one guideline's rows, handing each passage written with its id to `written` (an update
    /// adds them to its posting lists): a build's step, and an update's (`IndexUpdater`).
    func write(_ guideline: Guideline, ordinal: Int, written: (Passage, Int) -> Void) throws {
        try store.insert(GuidelineRecord(guideline, ordinal: ordinal))
        for path in guideline.sourceFiles.isEmpty ? [guideline.source.path] : guideline.sourceFiles {
            try store.insert(GuidelineFileRecord(path: path, guidelineID: guideline.id))
        }
        for chapter in guideline.chapters {
            let chapterID = try store.insert(ChapterRecord(chapter, guidelineID: guideline.id))
            for (index, article) in chapter.articles.enumerated() {
                try write(article, guideline: guideline, chapterID: chapterID, ordinal: index, written: written)
            }
        }
    }

    /// Writes the article with its parts and passages; each passage as soon as the rows of its
    /// section and checklist are written.
    private func write(_ article: Article, guideline: Guideline, chapterID: Int, ordinal: Int,
                       written: (Passage, Int) -> Void) throws {
        try store.insert(ArticleRecord(article, guidelineID: guideline.id, chapterID: chapterID, ordinal: ordinal))
        var sectionIDs: [Int] = [], checklistIDs: [Int] = []
        var passages = Passages.of(article)[...]
        func writeReadyPassages() throws {
            while let passage = passages.first, passage.section < sectionIDs.count,
                  (passage.checklist ?? -1) < checklistIDs.count {
                let id = try store.insert(PassageRecord(passage, sectionID: sectionIDs[passage.section],
                                                        checklistID: passage.checklist.map { checklistIDs[$0] }), id: reusedIDs?.next())
                written(passage, id)
                passages.removeFirst()
            }
        }
        for (index, section) in article.sections.enumerated() {
            sectionIDs.append(try store.insert(SectionRecord(section, articleID: article.id, ordinal: index)))
            try writeReadyPassages()
            for checklist in section.checklists {
                checklistIDs.append(try write(checklist, article: article, sectionID: sectionIDs[index], ordinal: checklistIDs.count))
                try writeReadyPassages()
            }
        }
        assert(passages.isEmpty, "a passage of a section or checklist that was not written")
        for (index, reference) in article.legalReferences.enumerated() {
            try store.insert(LegalReferenceRecord(reference, articleID: article.id, ordinal: index))
        }
        try writeStatements(article, sectionIDs: sectionIDs, checklistIDs: checklistIDs)
        for (index, link) in article.links.enumerated() {
            try store.insert(LinkRecord(link, articleID: article.id, ordinal: index))
        }
        for (index, entry) in article.literature.enumerated() {
            try store.insert(LiteratureRecord(entry, articleID: article.id, ordinal: index))
        }
    }

    private func write(_ checklist: Checklist, article: Article, sectionID: Int, ordinal: Int) throws -> Int {
        let checklistID = try store.insert(ChecklistRecord(checklist, articleID: article.id, sectionID: sectionID, ordinal: ordinal))
        try write(checklist.items, checklistID: checklistID, parentID: nil, depth: 0)
        return checklistID
    }

    private func write(_ items: [ChecklistItem], checklistID: Int, parentID: Int?, depth: Int) throws {
        for (index, item) in items.enumerated() {
            let itemID = try store.insert(ChecklistItemRecord(item, checklistID: checklistID, parentID: parentID, ordinal: index, depth: depth))
            try write(item.items, checklistID: checklistID, parentID: itemID, depth: depth + 1)
        }
    }
}
