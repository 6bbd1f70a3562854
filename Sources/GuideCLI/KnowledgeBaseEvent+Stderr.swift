import Foundation
import GuideIndexer

/// How `guide` reports what the knowledge base does, in the lines it writes to stderr.
extension KnowledgeBaseEvent {
    public var stderrLines: [String] {
        switch self {
        case .building(let reason, let corpusName):
            return ["guide: " + (reason.map { "\($0); " } ?? "") + "building the index from \(corpusName)/ …"]
        case .diagnostic(let diagnostic):
            return [diagnostic.description]
        case .noWordList(let paths):
            return ["guide: warning: no Norwegian word list (\(paths.joined(separator: ", ")); Debian package wnorwegian): "
                    + "misspelled query words are only matched without æ ø å, never corrected into other words"]
        case .built(let report, let indexPath):
            return [String(format: "guide: indexed %d guideline%@, %d recommendations and text pages, %d passages in %.2f s → %@",
                          report.guidelines, report.guidelines == 1 ? "" : "s", report.articles, report.passages,
                          report.seconds, indexPath)]
        case .updated(let reason, let guidelines, let removed, let passages, let filesRead, let seconds, let indexPath):
            // The reason joined after formatting: it is not a format.
            return ["guide: " + (reason.map { "\($0); " } ?? "")
                    + String(format: "updated %d guideline%@ in place (%d removed), %d file%@ read, %d passages written, in %.2f s → %@",
                             guidelines, guidelines == 1 ? "" : "s", removed, filesRead, filesRead == 1 ? "" : "s", passages, seconds, indexPath)]
        case .updateFailed(let reason):
            return ["guide: warning: the in-place update failed (\(reason)); the index is as it was, rebuilding it"]
        case .answeringFromPreviousIndex(let failure):
            return ["guide: warning: \(failure)", "guide: warning: answering from the previous index, which may not match the corpus"]
        }
    }
}
