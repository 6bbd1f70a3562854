/// The flag every shown text from a hearing draft carries.
enum DraftNotice {
    static func label(for guideline: GuidelineSummary) -> String? {
        label(status: guideline.status, deadline: guideline.hearingDeadline)
    }

    static func label(status: String, deadline: String?) -> String? {
        guard status == GuidelineStatus.Stage.hearingDraft.rawValue else { return nil }
        return deadline.map { "HØRINGSUTKAST (høringsfrist \($0))" } ?? "HØRINGSUTKAST"
    }
}
