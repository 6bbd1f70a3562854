import Foundation
import GuideIndexer
import GuideKit

/// What a command runs with: the knowledge base (from `--db`, `--corpus` and the environment, else the
/// first corpus of `IndexLocation.found`: the one place every front end finds its corpus), where
/// to write, and how (`--json`, colour).
struct CommandContext {
    let knowledgeBase: KnowledgeBase
    let output: Output
    let style: TextStyle
    /// `--json`: answers as JSON instead of text.
    let json: Bool
    /// The process's environment (tests pass their own): `guide install` reads HOME, XDG_DATA_HOME and PATH.
    let environment: Environment
    /// Where a knowledge base's events go: stderr, as many diagnostics as the command shows.
    private let events: (KnowledgeBaseEvent) -> Void
    /// Where text lines end (`COLUMNS`, else the terminal's width, else 100).
    var width: Int { style.width }

    init(line: ParsedCommandLine, environment: Environment, output: Output) {
        let location = IndexLocation.found(chosenCorpus: line.value(of: CommonOptions.corpus) ?? environment["GUIDE_CORPUS"],
                                           index: line.value(of: CommonOptions.db) ?? environment["GUIDE_DB"],
                                           dataDirectory: DataDirectory.path(xdgDataHome: environment["XDG_DATA_HOME"], home: environment["HOME"]),
                                           programDirectory: RunningProgram.directory)
        let limit = DiagnosticLimit(limit: line.command?.name == "index" ? nil : DiagnosticLimit.forAnswers)
        let events = { (event: KnowledgeBaseEvent) in
            for line in limit.lines(for: event) { output.error(line) }
        }
        knowledgeBase = KnowledgeBase(location: location, events: events)
        self.events = events
        self.environment = environment
        self.output = output
        style = TextStyle(colored: output.isTerminal && environment["NO_COLOR"] == nil, width: output.width(in: environment))
        json = line.isSet(CommonOptions.json)
    }

    /// Another corpus's knowledge base (`guide install`'s), reporting as this one does.
    func knowledgeBase(at location: IndexLocation) -> KnowledgeBase {
        KnowledgeBase(location: location, events: events)
    }

    /// The index, fresh: (re)built first when missing or stale, saying so on stderr.
    func openIndex() throws -> IndexStore {
        try knowledgeBase.open()
    }

    /// The answer as JSON with `--json`, else as text for people (rendered only then).
    func emit<T: Encodable>(_ value: T, text: @autoclosure () -> String) throws {
        output.write(json ? try JSONRenderer.render(value) + "\n" : text())
    }
}
