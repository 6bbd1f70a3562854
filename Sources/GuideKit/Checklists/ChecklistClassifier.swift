/// Tells what a checklist is about from its lead-in, using the cue words of `ChecklistCues`:
///
/// - a plan noun with a content cue ("Plan for oppfølging bør inneholde …:") → plan;
/// - a task word ("Oppgaver for ALS-koordinator kan være å:"), or a lead-in that ends with a role,
///   alone or with a modal verb, so the items are what the role does ("Koordinator skal:",
///   "Rådet kan følges ved at fastlegen:") → tasks;
/// - an exploring or asking word ("Utforsk situasjonen sammen med pasienten:") → questions;
/// - an assessment word ("Kartleggingen bør omfatte:") → assessment.
///
/// The strongest cue wins; on a tie the order above. A lead-in without any cue ("Rådet kan følges
/// ved at:") is weak: then the part's heading is read the same way, and if that says nothing either,
/// a list whose items are mostly questions is `questions`; anything else is `other`.
public enum ChecklistClassifier {
    public struct Result: Sendable, Hashable {
        public var topic: ChecklistTopic
        /// The plan it is about (see `Checklist.plan`).
        public var plan: String?

        public init(topic: ChecklistTopic, plan: String?) {
            self.topic = topic
            self.plan = plan
        }
    }

    /// - Parameters:
    ///   - items: every item text, nested ones included, in reading order; `topItems` those at depth 0.
    ///   - statement: the recommendation's statement, where a role's plan duty is often stated.
    public static func classify(leadIn: String, heading: String?, topItems: [String], items: [String],
                                statement: String) -> Result {
        var scores = self.scores(leadIn)
        if scores.isEmpty, let heading { scores = self.scores(heading) }
        let topic: ChecklistTopic
        if let best = scores.max(by: { ($0.value, priority($1.key)) < ($1.value, priority($0.key)) }) {
            topic = best.key
        } else {
            let questions = topItems.filter { $0.trimmingCharacters(in: .whitespaces).hasSuffix("?") }.count
            topic = !topItems.isEmpty && questions * 2 >= topItems.count ? .questions : .other
        }
        let named = PlanNoun.first(in: leadIn)
        switch topic {
        case .plan:
            return Result(topic: topic, plan: named ?? heading.flatMap(PlanNoun.first(in:)) ?? "plan")
        case .tasks:
            // The plan a role makes: named where its tasks are listed, else in the statement.
            return Result(topic: topic, plan: named ?? items.lazy.compactMap(PlanNoun.first(in:)).first
                          ?? PlanNoun.first(in: statement))
        default:
            return Result(topic: topic, plan: named)
        }
    }

    /// Cue strength per topic in a text; topics without any cue are absent.
    static func scores(_ text: String) -> [ChecklistTopic: Int] {
        let words = QueryTerms.tokens(text)
        var scores: [ChecklistTopic: Int] = [:]
        let hasPlan = words.contains(where: PlanNoun.isPlanNoun)
        if hasPlan { scores[.plan] = 1 + (ChecklistCues.count(words, cues: ChecklistCues.content) > 0 ? 2 : 0) }
        if ChecklistCues.count(words, cues: ChecklistCues.tasks) > 0 {
            scores[.tasks] = 2
        } else if endsWithRole(words) {
            scores[.tasks] = 1
        }
        if ChecklistCues.count(words, cues: ChecklistCues.questions) > 0 { scores[.questions] = 2 }
        if ChecklistCues.count(words, cues: ChecklistCues.assessment) > 0 { scores[.assessment] = 2 }
        return scores
    }

    /// "Koordinator skal", "Fastlegen bør blant annet", "… ved at sykepleieren", "… ved at fotteamet".
    private static func endsWithRole(_ words: [String]) -> Bool {
        var words = words[...]
        while let last = words.last, ChecklistCues.trailingFiller.contains(last) { words.removeLast() }
        if let last = words.last, ChecklistCues.modals.contains(last) { words.removeLast() }
        guard let role = words.last else { return false }
        return ChecklistCues.isRole(role)
    }

    private static func priority(_ topic: ChecklistTopic) -> Int {
        ChecklistTopic.allCases.firstIndex(of: topic) ?? ChecklistTopic.allCases.count
    }
}
