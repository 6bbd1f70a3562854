import Foundation
import GuideIndexer
import GuideKit

/// Runs one parsed command against the index, building the index first when it is missing or stale.
struct CommandRunner {
    let invocation: Invocation
    let location: IndexLocation
    let output: Output
    let style: TextStyle

    func run() throws {
        switch invocation.command {
        case .index:
            try expectArguments(0)
            try buildIndex(reason: nil)
        case .search:
            let index = try openIndex()
            let results = try search(index)
            try emit(SearchJSON(results), text: SearchRenderer.render(results, style: style))
        case .show:
            try expectArguments(1)
            let article = try RecommendationQuestion(id: invocation.arguments[0]).answer(in: openIndex())
            try emit(ShowJSON(article), text: ArticleRenderer.render(article, style: style))
        case .list:
            try expectArguments(0)
            let outline = try OutlineQuestion().answer(in: openIndex())
            try emit(ListJSON(outline), text: OutlineRenderer.render(outline, style: style))
        case .law:
            let index = try openIndex()
            if invocation.arguments.isEmpty {
                let overview = try CitedLawQuestion().answer(in: index)
                try emit(overview, text: LawRenderer.render(overview, style: style))
            } else {
                let citations = try LawCitationQuestion(parsing: invocation.arguments.joined(separator: " ")).answer(in: index)
                try emit(citations, text: LawRenderer.render(citations, style: style))
            }
        case .analyze:
            let text = invocation.arguments.joined(separator: " ")
            let analysis = try AnalysisQuestion(text).answer(in: openIndex())
            try emit(analysis, text: AnalysisRenderer.render(text, analysis: analysis, style: style))
        case .eval:
            try expectArguments(1)
            let evaluation = try JudgedQueryRun(invocation: invocation).evaluate(on: try openIndex())
            try emit(evaluation, text: EvaluationRenderer.render(evaluation, style: style))
        case .help:
            output.write(HelpText.page(for: nil))
        case .export:
            try ExportCommand(invocation: invocation, output: output).run(openIndex)
        case .plan:
            let answer = try PlanQuestion(situation: invocation.arguments.joined(separator: " "), limit: invocation.limit).answer(in: openIndex())
            try emit(answer, text: PlanRenderer.render(answer, style: style))
        case .role:
            try runRole()
        case .check:
            try expectArguments(0)
            let health = IndexHealth(location: location)
            try emit(health, text: health.rendered())
            if !health.healthy { throw UnhealthyIndex(path: location.indexPath) }
        }
    }

    /// The answer as JSON with `--json`, else as text for people (rendered only then).
    func emit<T: Encodable>(_ value: T, text: @autoclosure () -> String) throws {
        output.write(invocation.json ? try JSONRenderer.render(value) + "\n" : text())
    }

    private func expectArguments(_ count: Int) throws {
        guard invocation.arguments.count == count else {
            let what = count == 0 ? "takes no arguments" : "takes exactly \(count) argument\(count == 1 ? "" : "s")"
            throw UsageError(message: "'\(invocation.command.rawValue)' \(what)", command: invocation.command)
        }
    }

    /// The index, (re)built first when missing, unusable or older than the corpus.
    /// A failed rebuild falls back to the previous index when it is still usable, and says so.
    func openIndex() throws -> IndexStore {
        let reason: String
        switch location.freshness() {
        case .fresh(let index): return index
        case .stale(let why): reason = why
        }
        if location.corpusExists {
            do {
                try buildIndex(reason: reason)
            } catch let failure as IndexBuildError {
                guard let previous = try? IndexStore(path: location.indexPath) else { throw failure }
                output.error("guide: warning: \(failure)")
                output.error("guide: warning: answering from the previous index, which may not match the corpus")
                return previous
            }
        } else if !PathStatus.exists(location.indexPath) {
            throw CorpusError.notADirectory(location.corpusPath)
        } else {
            do {
                return try IndexStore(path: location.indexPath)
            } catch IndexError.unreadable(let path, let why) {
                throw IndexError.unusableWithoutCorpus(path: path, reason: why, corpus: location.corpusPath)
            } catch IndexError.wrongSchema(let path, let found, let expected) {
                throw IndexError.unusableWithoutCorpus(path: path, reason: "it has schema version \(found), this guide needs \(expected)",
                                                       corpus: location.corpusPath)
            }
        }
        return try IndexStore(path: location.indexPath)
    }

    private func buildIndex(reason: String?) throws {
        // Past a file size limit (ulimit -f) a write must fail with EFBIG, not kill guide mid-build.
        signal(SIGXFSZ, SIG_IGN)
        let corpusName = location.corpus.lastPathComponent
        output.error("guide: " + (reason.map { "\($0); " } ?? "") + "building the index from \(corpusName)/ …")
        let report = try IndexBuilder.build(corpus: location.corpus, into: location.indexPath)
        for diagnostic in report.diagnostics { output.error(diagnostic.description) }
        output.error(String(format: "guide: indexed %d guideline%@, %d recommendations and text pages, %d passages in %.2f s → %@",
                            report.guidelines, report.guidelines == 1 ? "" : "s", report.articles, report.passages,
                            report.seconds, location.indexPath))
    }
}
