/// The flag every shown text from a hearing draft carries.
enum DraftNotice {
    static func label(for guideline: GuidelineSummary) -> String? {
        guard guideline.isHearingDraft else { return nil }
        return guideline.hearingDeadline.map { "HØRINGSUTKAST (høringsfrist \($0))" } ?? "HØRINGSUTKAST"
    }
}
