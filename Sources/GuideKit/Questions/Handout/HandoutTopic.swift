/// Which parts of a recommendation answer a handout's topic, decided by the search's own matching:
/// the topic analysed as a query, its passages matched through the same ranking (`PassageRanking`,
/// whose explanation says which of the topic's content words a passage's text holds).
///
/// A recommendation whose title holds every content word is about the topic and is taken whole.
/// Otherwise its statement's paragraphs are kept for context, and of its passages (a part's
/// paragraphs, each checklist) those whose text holds the most of the topic's words any of them
/// holds (at least one); of a part's paragraphs, those holding the most words any one of them holds
/// (a part is a whole section, often with paragraphs on other things).
struct HandoutTopic {
    private let ranking: PassageRanking
    private let wordCount: Int

    /// Nil when the topic has no content words.
    init?(_ query: String, in store: IndexStore) throws {
        let analysis = try QueryAnalyzer(store: store).analyze(query)
        guard !analysis.isEmpty else { return nil }
        let plan = RankingPlan(analysis)
        let lengths = try store.passageLengths()
        ranking = PassageRanking(plan: plan, matches: try PhraseMatches.read(plan.phrases, from: store), lengths: lengths.byID,
                                 averageLength: lengths.average, rows: store.passageCount)
        wordCount = analysis.words.count
    }

    /// The parts of the recommendation that answer the topic; nil when it is answered whole.
    func cut(of articleID: String, in store: IndexStore) throws -> HandoutCut? {
        let sections = try store.sections(articleID: articleID)
        let passages = try store.passages(articleID: articleID)
        let explanations = passages.map { ranking.explanation(for: $0.id, text: $0.text) }
        // Every passage's heading holds the article's title; the fewest words any heading holds are the title's.
        let inTitle = explanations.map(\.matchedInHeading.count).min() ?? 0
        if inTitle >= wordCount { return nil }
        let counted = zip(passages, explanations).filter { passage, _ in
            sections.first { $0.id == passage.sectionID }.map { $0.kind != .references } ?? false
        }
        let most = counted.map(\.1.matchedInText.count).max() ?? 0
        var cut = HandoutCut()
        guard most > 0 else { return cut }
        for (passage, explanation) in counted where explanation.matchedInText.count == most {
            guard let section = sections.firstIndex(where: { $0.id == passage.sectionID }) else { continue }
            if let checklist = passage.checklistID {
                // The checklist's place among its section's checklists, in reading order.
                let place = passages.filter { $0.sectionID == passage.sectionID && $0.checklistID != nil }
                    .firstIndex { $0.checklistID == checklist } ?? 0
                cut.sections[section, default: HandoutCut.Blocks()].checklists.insert(place)
            } else {
                let paragraphs = HandoutBlock.blocks(of: sections[section].text).filter { !$0.isChecklist }
                let words = paragraphs.map { wordsHeld(by: $0.text, in: passage) }
                let best = words.max() ?? 0
                cut.sections[section, default: HandoutCut.Blocks()].paragraphs = Set(words.indices.filter { best > 0 && words[$0] == best })
            }
        }
        return cut
    }

    /// How many of the topic's words a paragraph of the passage holds, in the forms the passage matched.
    private func wordsHeld(by paragraph: String, in passage: ArticlePassage) -> Int {
        ranking.explanation(for: passage.id, text: paragraph).formsInText.filter { !$0.isEmpty }.count
    }
}

/// The parts of a recommendation a handout takes, by section (its place in the article) and block;
/// the statement is always taken.
struct HandoutCut {
    struct Blocks {
        /// The section's paragraphs, by place among its paragraphs.
        var paragraphs: Set<Int> = []
        /// Its checklists, by place among its checklists.
        var checklists: Set<Int> = []
    }

    var sections: [Int: Blocks] = [:]

    /// The blocks of a part the cut keeps (the statement's paragraphs always); nil for a part left out.
    func kept(_ blocks: [HandoutBlock], section: Int, kind: SectionKind) -> [HandoutBlock]? {
        let choice = sections[section] ?? Blocks()
        guard kind == .recommendation || sections[section] != nil else { return nil }
        var paragraph = 0, checklist = 0
        return blocks.filter { block in
            if block.isChecklist {
                defer { checklist += 1 }
                return choice.checklists.contains(checklist)
            }
            defer { paragraph += 1 }
            return kind == .recommendation || choice.paragraphs.contains(paragraph)
        }
    }
}
