import Foundation
import GuideKit

/// Loads the judged queries and keys named on the command line for `guide eval`.
struct JudgedQueryRun {
    let invocation: Invocation

    func evaluate(on index: IndexStore) throws -> RelevanceEvaluation {
        let queriesURL = URL(fileURLWithPath: invocation.arguments[0])
        let keysURL = invocation.keys.map { URL(fileURLWithPath: $0) }
            ?? queriesURL.deletingLastPathComponent().appendingPathComponent("keys.tsv")
        let queries = try EvaluationFiles.queries(try read(queriesURL), path: queriesURL.path)
        let keys = try EvaluationFiles.keys(try read(keysURL), path: keysURL.path)
        return try RelevanceEvaluation.run(queries, keys: keys, on: index)
    }

    private func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw EvaluationFileError(path: url.path, line: 0, message: "cannot read file")
        }
    }
}
