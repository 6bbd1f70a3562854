import GuideIndexer

/// How many corpus warnings a command that builds on the way prints: a half-synced mirror can hold
/// thousands of missing children, and an answer should not drown in them. `guide index` shows all.
final class DiagnosticLimit {
    static let forAnswers = 20

    private let limit: Int?
    private var shown = 0, held = 0

    init(limit: Int?) {
        self.limit = limit
    }

    /// The lines to print for an event: diagnostics past the limit are counted, and told as one line
    /// when the build or update they came from ends.
    func lines(for event: KnowledgeBaseEvent) -> [String] {
        switch event {
        case .diagnostic:
            if let limit, shown >= limit {
                held += 1
                return []
            }
            shown += 1
            return event.stderrLines
        case .built, .updated:
            defer { shown = 0; held = 0 }
            guard held > 0 else { return event.stderrLines }
            return ["guide: … og \(held) \(held == 1 ? "advarsel" : "advarsler") til (kjør 'guide index' for å se alle)"] + event.stderrLines
        default:
            return event.stderrLines
        }
    }
}
