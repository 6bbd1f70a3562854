/// `guide list`: every guideline with its chapters and their articles, in corpus order.
public struct OutlineQuestion: Question, Sendable, Hashable {
    public init() {}

    public func answer(in store: IndexStore) throws -> [GuidelineOutline] {
        try store.guidelines().map { g in
            GuidelineOutline(
                id: g.id, title: g.title, status: g.status.stage, hearingDeadline: g.status.hearingDeadline,
                hearingClosed: HearingDeadline.hasClosed(g.status, today: HearingDeadline.today()),
                expectedCompletion: g.status.expectedCompletion,
                hearingPassedStated: g.status.deadlinePassedStated ? true : nil,
                kind: g.kind,
                publisher: g.publisher, url: g.url, path: g.sourcePath, licence: g.licence,
                chapters: try store.chapters(guidelineID: g.id).map { c in
                    GuidelineOutline.ChapterOutline(number: c.number, title: c.title,
                                                    recommendations: try c.id.map { try store.articles(chapterID: $0) }?.map(ArticleSummary.init) ?? [])
                })
        }
    }
}
