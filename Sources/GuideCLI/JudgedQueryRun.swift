import Foundation
import GuideKit

/// The judged queries and keys `guide eval` measures with, read from their files.
struct JudgedQueryRun {
    let queries: URL
    let keys: URL

    func evaluate(on index: IndexStore) throws -> RelevanceEvaluation {
        let queries = try EvaluationFiles.queries(try read(queries), path: queries.path)
        let keys = try EvaluationFiles.keys(try read(keys), path: keys.path)
        return try RelevanceEvaluation.run(queries, keys: keys, on: index)
    }

    private func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw EvaluationFileError(path: url.path, line: 0, message: "kan ikke lese filen")
        }
    }
}
