import Foundation
import GuideIndexer
import GuideKit

/// What a command runs with: the knowledge base (from `--db`, `--corpus` and the environment), where
/// to write, and how (`--json`, colour).
struct CommandContext {
    let knowledgeBase: KnowledgeBase
    let output: Output
    let style: TextStyle
    /// `--json`: answers as JSON instead of text.
    let json: Bool
    /// Where text lines end (`COLUMNS`, else the terminal's width, else 100).
    var width: Int { style.width }

    init(line: ParsedCommandLine, environment: Environment, output: Output) {
        let location = IndexLocation(corpus: line.value(of: CommonOptions.corpus) ?? environment["GUIDE_CORPUS"],
                                     index: line.value(of: CommonOptions.db) ?? environment["GUIDE_DB"])
        let limit = DiagnosticLimit(limit: line.command?.name == "index" ? nil : DiagnosticLimit.forAnswers)
        knowledgeBase = KnowledgeBase(location: location) { event in
            for line in limit.lines(for: event) { output.error(line) }
        }
        self.output = output
        style = TextStyle(colored: output.isTerminal && environment["NO_COLOR"] == nil, width: output.width(in: environment))
        json = line.isSet(CommonOptions.json)
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
