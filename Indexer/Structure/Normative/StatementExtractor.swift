import GuideKit

/// Splits an article into statements — its title, each sentence of each part, each checklist
/// lead-in and item — and tags each with its norm and roles. A duty is a legal duty when the
/// sentence itself cites a provision (`LegalBasis`), or, for the title, when its recommendation
/// does (`Article.legalReferences`, so extract those first); a checklist item or a sentence of
/// the practical part does not borrow the basis another sentence cites. Offsets are those of the section's
/// `text` (blocks joined by a blank line, checklist items as indented "• " lines), so a reader of
/// the index can mark a sentence in the text it shows.
struct StatementExtractor {
    let lexicon: RoleLexicon

    func statements(in article: Article) -> [NormativeStatement] {
        var out = unit(.title, text: article.title, offset: 0,
                       source: SourceSpan(path: article.source.path, line: article.source.firstLine),
                       basisCited: LegalBasis.cited(in: article.legalReferences))
        var checklistIndex = 0
        for (s, section) in article.sections.enumerated() where section.kind != .references {
            var offset = 0
            for block in section.blocks {
                switch block {
                case .paragraph(let p):
                    out += unit(.sentence, text: p.text, offset: offset, source: p.source).map { located($0, section: s) }
                case .checklist(let c):
                    out += checklistStatements(c, section: s, checklist: checklistIndex, offset: offset)
                    checklistIndex += 1
                }
                offset += block.text.unicodeScalars.count + 2
            }
        }
        return out
    }

    /// The lead-in, then every item in reading order, at their places in `Checklist.text`.
    private func checklistStatements(_ checklist: Checklist, section: Int, checklist index: Int, offset: Int) -> [NormativeStatement] {
        var out = unit(.leadIn, text: checklist.leadIn, offset: offset, source: checklist.source)
            .map { located($0, section: section, checklist: index) }
        var position = offset + checklist.leadIn.unicodeScalars.count + 1
        var itemIndex = 0
        func visit(_ items: [ChecklistItem], depth: Int) {
            for item in items {
                let bullet = depth * 2 + 2  // "  " per level, then "• "
                out += unit(.item, text: item.text, offset: position + bullet, source: item.source)
                    .map { located($0, section: section, checklist: index, item: itemIndex) }
                position += bullet + item.text.unicodeScalars.count + 1
                itemIndex += 1
                visit(item.items, depth: depth + 1)
            }
        }
        visit(checklist.items, depth: 0)
        return out
    }

    private func located(_ statement: NormativeStatement, section: Int, checklist: Int? = nil, item: Int? = nil) -> NormativeStatement {
        var s = statement
        s.section = section
        s.checklist = checklist
        s.item = item
        return s
    }

    /// The sentences of one piece of text, tagged.
    /// `basisCited`: the text's context cites a provision, so a duty in it has a legal basis.
    private func unit(_ unit: NormativeStatement.Unit, text: String, offset: Int, source: SourceSpan,
                      basisCited: Bool = false) -> [NormativeStatement] {
        let finder = RoleFinder(lexicon: lexicon)
        return SentenceSplitter.sentences(in: text).map { sentence in
            let tokens = NormToken.tokens(sentence.text)
            var tag = NormTagger.tag(tokens)
            if tag.norm == .obligation, basisCited || LegalBasis.cited(in: sentence.text) { tag.norm = .legalDuty }
            let cue = tag.cue.map { r in
                NormCue(text: Self.slice(sentence.text, tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound),
                        start: tokens[r.lowerBound].range.lowerBound, end: tokens[r.upperBound - 1].range.upperBound)
            }
            let roles = finder.matches(in: tokens, cue: tag.cue, listLine: unit == .leadIn || unit == .item).map { m in
                let range = tokens[m.tokens.lowerBound].range.lowerBound..<tokens[m.tokens.upperBound - 1].range.upperBound
                return RoleMention(role: m.role, text: Self.slice(sentence.text, range), start: range.lowerBound,
                                   end: range.upperBound, actor: m.actor)
            }
            return NormativeStatement(unit: unit, text: sentence.text, start: offset + sentence.range.lowerBound,
                             end: offset + sentence.range.upperBound, norm: tag.norm, direction: tag.direction,
                             cue: cue, roles: roles, source: source)
        }
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
        return String(view)
    }
}
