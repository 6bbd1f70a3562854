import GuideKit

/// Writes finished guidelines into an empty index database (the schema's tables and the FTS table).
struct IndexWriter {
    let db: Database
    /// The tokenizer registered for the FTS table, also used for the posting lists.
    let analyzer: NorwegianAnalyzer

    func write(_ guidelines: [Guideline], synonyms: [SynonymGroup], files: [CorpusFile]) throws {
        try db.execute(IndexSchema.ddl)
        try db.transaction {
            for file in files {
                try db.run("INSERT INTO corpus_files(path, hash, size, stamp) VALUES (?, ?, ?, ?)",
                           [file.path, file.hash, file.size, file.stamp])
            }
            for (ordinal, guideline) in guidelines.enumerated() {
                try write(guideline, ordinal: ordinal)
            }
            // Fill the external-content FTS table from the passages in one pass.
            try db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')")
            try PostingsWriter(db: db, analyzer: analyzer).write()
            try writeVocabulary()
            for (group, synonym) in synonyms.enumerated() {
                for phrase in synonym.phrases {
                    try db.run("INSERT INTO synonyms(group_id, phrase, first_word) VALUES (?, ?, ?)",
                               [group, phrase, QueryTerms.tokens(phrase).first ?? ""])
                }
            }
            try writeActs()
            try writeRoles(RoleLexicon.builtIn)
            try db.run("INSERT INTO meta(key, value) VALUES ('schema', ?), ('tokenizer', ?), ('indexer', ?)",
                       [String(IndexSchema.version), IndexSchema.tokenizer, IndexerIdentity.current])
        }
        try db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
        try db.execute("PRAGMA user_version = \(IndexSchema.version)")
    }

    /// Copies the FTS vocabulary into a plain table with the folded spelling and length that
    /// query correction looks up.
    private func writeVocabulary() throws {
        let insert = try db.prepare("INSERT INTO vocabulary(term, folded, length, docs) VALUES (?, ?, ?, ?)")
        for row in try db.rows("SELECT term, doc FROM passages_terms") {
            guard let term = row.string(0) else { continue }
            let isStem = term.unicodeScalars.first == NorwegianAnalyzer.stemMarker
            try insert.run([term, isStem ? nil : Spelling.folded(term), term.count, row.int(1) ?? 0])
        }
    }

    /// Copies the act registry's acts and name forms, so queries can resolve names without the indexer.
    private func writeActs() throws {
        let table = ActRegistry.all
        for (ordinal, act) in table.enumerated() {
            try db.run("INSERT INTO acts(name, ordinal, kind, url) VALUES (?, ?, ?, ?)",
                       [act.name, ordinal, act.kind.rawValue, act.lovdataURL(section: nil, part: nil)])
        }
        for form in ActRegistry.lookupForms {
            try db.run("INSERT INTO act_names(alias, act, abbreviation) VALUES (?, ?, ?)",
                       [form.key, table[form.act].name, form.isAbbreviation ? 1 : 0])
        }
    }

    private func write(_ guideline: Guideline, ordinal: Int) throws {
        let s = guideline.source
        try db.run("""
            INSERT INTO guidelines(id, ordinal, title, publisher, kind, status, hearing_deadline, url, accessed, year,
                                   first_published, last_changed, source_path, first_line, last_line, place)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [guideline.id, ordinal, guideline.title, guideline.publisher, guideline.kind,
                  guideline.status.stage.rawValue, guideline.status.hearingDeadline, guideline.url,
                  guideline.accessed, guideline.year, guideline.firstPublished, guideline.lastChanged,
                  s.path, s.firstLine, s.lastLine, guideline.place])
        for chapter in guideline.chapters {
            try db.run("INSERT INTO chapters(guideline_id, number, title, first_line, last_line) VALUES (?, ?, ?, ?, ?)",
                       [guideline.id, chapter.number, chapter.title, chapter.source.firstLine, chapter.source.lastLine])
            let chapterID = db.lastInsertedRowID
            for (index, article) in chapter.articles.enumerated() {
                try write(article, guideline: guideline, chapterID: chapterID, ordinal: index)
            }
        }
    }

    private func write(_ article: Article, guideline: Guideline, chapterID: Int, ordinal: Int) throws {
        try db.run("""
            INSERT INTO articles(id, guideline_id, chapter_id, ordinal, kind, title, url, source_path, first_line, last_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [article.id, guideline.id, chapterID, ordinal, article.kind.rawValue, article.title, article.url,
                  article.source.path, article.source.firstLine, article.source.lastLine])
        var checklistOrdinal = 0
        var sectionIDs: [Int] = [], checklistIDs: [Int] = []
        for (index, section) in article.sections.enumerated() {
            try db.run("""
                INSERT INTO sections(article_id, ordinal, title, kind, text, first_line, last_line)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [article.id, index, section.title, section.kind.rawValue, section.text,
                      section.source.firstLine, section.source.lastLine])
            let sectionID = db.lastInsertedRowID
            sectionIDs.append(sectionID)
            let heading = [article.title, section.title].compactMap { $0 }.joined(separator: " — ")
            let prose = section.paragraphs.map(\.text).joined(separator: "\n\n")
            if !prose.isEmpty {
                try insertPassage(article: article, sectionID: sectionID, checklistID: nil, kind: section.kind,
                                  heading: heading, text: prose, span: section.source)
            }
            for checklist in section.checklists {
                let checklistID = try write(checklist, article: article, sectionID: sectionID, ordinal: checklistOrdinal)
                checklistOrdinal += 1
                checklistIDs.append(checklistID)
                try insertPassage(article: article, sectionID: sectionID, checklistID: checklistID, kind: .checklist,
                                  heading: heading, text: checklist.text, span: checklist.source)
            }
        }
        for (index, reference) in article.legalReferences.enumerated() {
            try db.run("""
                INSERT INTO legal_references(article_id, ordinal, act, section, part, url, first_line, last_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [article.id, index, reference.act, reference.section, reference.part, reference.url,
                      reference.source.firstLine, reference.source.lastLine])
        }
        try writeStatements(article, sectionIDs: sectionIDs, checklistIDs: checklistIDs)
        for (index, link) in article.links.enumerated() {
            try db.run("INSERT INTO links(article_id, ordinal, text, url, first_line, last_line) VALUES (?, ?, ?, ?, ?, ?)",
                       [article.id, index, link.text, link.url, link.source.firstLine, link.source.lastLine])
        }
        for (index, entry) in article.literature.enumerated() {
            try db.run("INSERT INTO literature(article_id, ordinal, text, first_line, last_line) VALUES (?, ?, ?, ?, ?)",
                       [article.id, index, entry.text, entry.source.firstLine, entry.source.lastLine])
        }
    }

    private func write(_ checklist: Checklist, article: Article, sectionID: Int, ordinal: Int) throws -> Int {
        try db.run("""
            INSERT INTO checklists(article_id, section_id, ordinal, lead_in, first_line, last_line, topic, plan_kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [article.id, sectionID, ordinal, checklist.leadIn, checklist.source.firstLine, checklist.source.lastLine,
                  checklist.topic.rawValue, checklist.plan])
        let checklistID = db.lastInsertedRowID
        try write(checklist.items, checklistID: checklistID, parentID: nil, depth: 0)
        return checklistID
    }

    private func write(_ items: [ChecklistItem], checklistID: Int, parentID: Int?, depth: Int) throws {
        for (index, item) in items.enumerated() {
            try db.run("""
                INSERT INTO checklist_items(checklist_id, parent_id, ordinal, depth, text, first_line, last_line)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [checklistID, parentID, index, depth, item.text, item.source.firstLine, item.source.lastLine])
            try write(item.items, checklistID: checklistID, parentID: db.lastInsertedRowID, depth: depth + 1)
        }
    }

    private func insertPassage(article: Article, sectionID: Int, checklistID: Int?, kind: SectionKind,
                               heading: String, text: String, span: SourceSpan) throws {
        try db.run("""
            INSERT INTO passages(article_id, section_id, checklist_id, kind, heading, text, first_line, last_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [article.id, sectionID, checklistID, kind.rawValue, heading, text, span.firstLine, span.lastLine])
    }
}
