import Foundation

/// The flag every shown text from a hearing draft carries: "HØRINGSUTKAST (høringsfrist 30. juni 2026)"
/// while the hearing is open, "HØRINGSUTKAST – høringsfristen gikk ut 30. juni 2023; en endelig
/// versjon kan finnes (se helsedirektoratet.no)" once its deadline has passed (`hearingClosed`).
/// Answers carry it (a handout's recommendations hold it in JSON), and renderers show it.
public enum HearingDraftNotice {
    /// The notice for the guideline; nil for advice in force.
    public static func text(for guideline: GuidelineSummary) -> String? {
        text(status: guideline.status, deadline: guideline.hearingDeadline, closed: guideline.hearingClosed, url: guideline.url)
    }

    public static func text(status: GuidelineStatus.Stage, deadline: String?, closed: Bool? = nil, url: String? = nil) -> String? {
        guard status == .hearingDraft else { return nil }
        guard let deadline else { return "HØRINGSUTKAST" }
        guard closed == true else { return "HØRINGSUTKAST (høringsfrist \(deadline))" }
        let site = url.flatMap { URL(string: $0)?.host }.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
        return "HØRINGSUTKAST – høringsfristen gikk ut \(deadline); en endelig versjon kan finnes ("
            + (site.map { "se \($0)" } ?? "se utgiverens nettsider") + ")"
    }
}
