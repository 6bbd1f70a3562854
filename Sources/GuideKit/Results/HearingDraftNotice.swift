import Foundation

/// The flag every shown text from a hearing draft carries: "HØRINGSUTKAST (høringsfrist 30. juni 2026)"
/// while the hearing is open, "HØRINGSUTKAST – høringsfristen gikk ut 30. juni 2023; en endelig
/// versjon kan finnes (se helsedirektoratet.no)" once its deadline has passed (`hearingClosed`), and
/// "høringsfristen er utløpt" when the page says so without a date. When the page states when the
/// final version is expected, the notice says so ("høringsfristen er utløpt; endelig versjon ventet
/// 4. januar 2022 (se helsedirektoratet.no)").
/// Answers carry it (a handout's recommendations hold it in JSON), and renderers show it.
public enum HearingDraftNotice {
    /// The notice for the guideline; nil for advice in force.
    public static func text(for guideline: GuidelineSummary) -> String? {
        text(status: guideline.status, deadline: guideline.hearingDeadline, closed: guideline.hearingClosed, url: guideline.url,
             expected: guideline.expectedCompletion)
    }

    /// The notice for a guideline as `guide list` names it.
    public static func text(for guideline: GuidelineOutline) -> String? {
        text(status: guideline.status, deadline: guideline.hearingDeadline, closed: guideline.hearingClosed, url: guideline.url,
             expected: guideline.expectedCompletion)
    }

    public static func text(status: GuidelineStatus.Stage, deadline: String?, closed: Bool? = nil, url: String? = nil,
                            expected: String? = nil) -> String? {
        guard status == .hearingDraft else { return nil }
        let expectation = expected.map { "endelig versjon ventet \($0)" }
        guard closed == true else {
            let open = [deadline.map { "høringsfrist \($0)" }, expectation].compactMap { $0 }
            return open.isEmpty ? "HØRINGSUTKAST" : "HØRINGSUTKAST (\(open.joined(separator: "; ")))"
        }
        // A deadline read as a day says when it passed; one without a year, or none, only that it has.
        let passed = deadline.flatMap { HearingDeadline.day($0) != nil ? "høringsfristen gikk ut \($0)" : nil }
            ?? deadline.map { "høringsfristen (\($0)) er utløpt" } ?? "høringsfristen er utløpt"
        let site = url.flatMap { URL(string: $0)?.host }.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
        let look = "(" + (site.map { "se \($0)" } ?? "se utgiverens nettsider") + ")"
        return "HØRINGSUTKAST – " + passed + "; " + (expectation.map { "\($0) " } ?? "en endelig versjon kan finnes ") + look
    }
}
