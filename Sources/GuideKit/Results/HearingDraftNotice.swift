/// The flag every shown text from a hearing draft carries: "HØRINGSUTKAST (høringsfrist 30. juni 2023)".
/// Answers carry it (a handout's recommendations hold it in JSON), and renderers show it.
public enum HearingDraftNotice {
    /// The notice for the guideline; nil for advice in force.
    public static func text(for guideline: GuidelineSummary) -> String? {
        text(status: guideline.status, deadline: guideline.hearingDeadline)
    }

    public static func text(status: GuidelineStatus.Stage, deadline: String?) -> String? {
        guard status == .hearingDraft else { return nil }
        return deadline.map { "HØRINGSUTKAST (høringsfrist \($0))" } ?? "HØRINGSUTKAST"
    }
}
