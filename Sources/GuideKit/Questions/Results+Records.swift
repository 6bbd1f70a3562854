/// The result values questions answer with, made from the store's records: each in one place,
/// whichever question reads it.
extension GuidelineSummary {
    init(_ g: GuidelineRecord) {
        self.init(id: g.id, title: g.title, status: g.status.stage, hearingDeadline: g.status.hearingDeadline,
                  hearingClosed: HearingDeadline.hasClosed(g.status, today: HearingDeadline.today()),
                  expectedCompletion: g.status.expectedCompletion,
                  hearingPassedStated: g.status.deadlinePassedStated ? true : nil,
                  kind: g.kind,
                  publisher: g.publisher, url: g.url, accessed: g.accessed, year: g.year, firstPublished: g.firstPublished,
                  lastChanged: g.lastChanged, place: g.place, sourceID: g.sourceID, licence: g.licence)
    }
}

extension ArticleSummary {
    init(_ a: ArticleRecord) {
        self.init(id: a.id, title: a.title, kind: a.kind)
    }
}

extension ChapterSummary {
    init(_ c: ChapterRecord) {
        self.init(number: c.number, title: c.title)
    }
}

extension SourceReference {
    /// The article's file and lines, its address (else its guideline's).
    init(_ a: ArticleRecord, guideline: GuidelineRecord?) {
        self.init(path: a.sourcePath, url: a.url ?? guideline?.url, lines: [a.firstLine, a.lastLine])
    }
}

extension LegalReferenceSummary {
    init(_ r: LegalReferenceRecord) {
        self.init(act: r.act, section: r.section, part: r.part, url: r.url)
    }
}

extension StatementSummary {
    init(_ s: StatementRecord, roles: [RoleMention]) {
        self.init(unit: s.unit, text: s.text, norm: s.norm, direction: s.direction, cue: s.cue,
                  start: s.start, end: s.end, roles: roles, lines: [s.firstLine, s.lastLine])
    }
}

extension Strength {
    init(_ s: StatementRecord) {
        self.init(norm: s.norm, direction: s.direction, cue: s.cue)
    }
}

extension IndexStore {
    /// An article's strength by `Article.strength`'s rule, from its statements (reading order)
    /// and sections as stored.
    func strength(of article: ArticleRecord, statements: [StatementRecord], sections: [SectionRecord]) -> Strength? {
        let statementParts = Set(sections.filter { $0.kind == .recommendation }.compactMap(\.id))
        return Article.strength(kind: article.kind, of: statements, unit: \.unit, norm: \.norm) { s in
            s.sectionID.map(statementParts.contains) == true
        }.map(Strength.init)
    }

    /// An article's strength, its statements and sections read for it.
    func strength(of article: ArticleRecord) throws -> Strength? {
        guard article.kind == .recommendation else { return nil }
        return strength(of: article, statements: try statements(articleID: article.id), sections: try sections(articleID: article.id))
    }

    /// The role mentions of an article's statements, by statement id.
    func roleMentionsByStatement(articleID: String) throws -> [Int: [RoleMention]] {
        var out: [Int: [RoleMention]] = [:]
        for record in try roleMentions(articleID: articleID) { out[record.statementID, default: []].append(record.mention) }
        return out
    }
}
