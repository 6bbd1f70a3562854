import Foundation
import GuideIndexer

/// How `guide` reports what the knowledge base does, in the lines it writes to stderr.
extension KnowledgeBaseEvent {
    public var stderrLines: [String] {
        switch self {
        case .building(let reason, let corpusName):
            return ["guide: " + (reason.map { "\($0); " } ?? "") + "bygger indeksen fra \(corpusName)/ …"]
        case .diagnostic(let diagnostic):
            return [diagnostic.description]
        case .noWordList(let paths):
            return ["guide: advarsel: ingen norsk ordliste (\(paths.joined(separator: ", ")); Debian-pakken wnorwegian): "
                    + "feilstavede søkeord treffes bare uten æ ø å, og rettes aldri til andre ord"]
        case .built(let report, let indexPath):
            return [String(format: "guide: indekserte %d retningslinje%@, %d anbefalinger og tekstsider, %d tekstavsnitt på %@ s → %@",
                          report.guidelines, report.guidelines == 1 ? "" : "r", report.articles, report.passages,
                          Self.seconds(report.seconds), indexPath)]
        case .updated(let reason, let guidelines, let removed, let passages, let filesRead, let seconds, let indexPath):
            // The reason joined after formatting: it is not a format.
            return ["guide: " + (reason.map { "\($0); " } ?? "")
                    + String(format: "oppdaterte %d retningslinje%@ på stedet (%d fjernet), leste %d fil%@, skrev %d tekstavsnitt, på %@ s → %@",
                             guidelines, guidelines == 1 ? "" : "r", removed, filesRead, filesRead == 1 ? "" : "er", passages,
                             Self.seconds(seconds), indexPath)]
        case .updateFailed(let reason):
            return ["guide: advarsel: oppdateringen på stedet feilet (\(reason)); indeksen er som før, bygger den på nytt"]
        case .answeringFromPreviousIndex(let failure):
            return ["guide: advarsel: \(failure)", "guide: advarsel: svarer fra den forrige indeksen, som kanskje ikke stemmer med korpuset"]
        }
    }

    /// Seconds with a decimal comma, as Norwegian writes them: "1,25".
    private static func seconds(_ value: Double) -> String {
        String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }
}
