import Foundation

/// guide-bench's options.
///   --scales 1,100,1000      corpus sizes, as copies of the bundled corpus (10000 too: written file by file, never held whole)
///   --process-scales 1,100   sizes at which whole `guide search` processes are timed against sqlite3
///   --rounds 20              in-process rounds over the query mix per scale
///   --repetitions 10         whole-process rounds over the process queries
///   --corpus Corpus          the corpus to scale
///   --work DIR               where scaled corpora and indexes go (default: a temporary directory, removed after)
///   --guide PATH             the `guide` binary (default: beside guide-bench, i.e. the same build)
///   --sqlite3 PATH           the sqlite3 shell (default: from PATH)
///   --reuse                  keep the corpora and indexes found under --work (for profiling the search, or with
///                            --update the update, alone)
///   --stems                  instead: how often stems join different words (`StemJoins`), over the word lists and --corpus
///   --stems-all              with --stems: every join the analyzer's stems still make, one `form stem` a line
///   --update                 instead: the full build against an in-place update of one changed and one removed
///                            guideline, with searches running (`UpdateRun`)
///   --sync                   instead: time `guide sync` against the fake content API (SyncBench)
///   --fake-server PATH       the fake API (default: Tests/Support/fake_hapi.py)
///   --jobs N                 requests in flight for --sync (default 8)
///   --mcp                    instead: the round trip of search_guidelines over `guide mcp`'s stdio at 1× (MCPBench)
///   --calls N                timed calls for --mcp (default 1000)
struct BenchOptions {
    var scales = [1, 100, 1000]
    var processScales = [1, 100]
    var rounds = 20
    var repetitions = 10
    var corpus = URL(fileURLWithPath: "Corpus")
    var work: URL
    var keepWork = false
    var guide: String?
    var sqlite3: String?
    var childScale: Int?
    var reuse = false
    var stems = false
    var stemsAll = false
    var update = false
    var sync = false
    var fakeServer = "Tests/Support/fake_hapi.py"
    var jobs = 8
    var mcp = false
    var calls = 1000

    init(_ arguments: [String]) throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("guide-bench-\(getpid())")
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let v = rest.popFirst() else { throw OptionError(message: "\(name) needs a value") }
            return v
        }
        func numbers(_ name: String) throws -> [Int] {
            let list = try value(name).split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            guard !list.isEmpty else { throw OptionError(message: "\(name) needs positive numbers, e.g. 1,100") }
            return list
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--scales": scales = try numbers(argument)
            case "--process-scales": processScales = try numbers(argument)
            case "--rounds": rounds = try numbers(argument)[0]
            case "--repetitions": repetitions = try numbers(argument)[0]
            case "--corpus": corpus = URL(fileURLWithPath: try value(argument))
            case "--work": work = URL(fileURLWithPath: try value(argument)); keepWork = true
            case "--guide": guide = try value(argument)
            case "--sqlite3": sqlite3 = try value(argument)
            case "--child-scale": childScale = try numbers(argument)[0]
            case "--reuse": reuse = true
            case "--stems": stems = true
            case "--stems-all": stems = true; stemsAll = true
            case "--update": update = true
            case "--sync": sync = true
            case "--fake-server": fakeServer = try value(argument)
            case "--jobs": jobs = try numbers(argument)[0]
            case "--mcp": mcp = true
            case "--calls": calls = try numbers(argument)[0]
            default: throw OptionError(message: "unknown option \(argument)")
            }
        }
    }

    /// The arguments a scale's own process gets.
    func childArguments(scale: Int) -> [String] {
        ["--child-scale", String(scale), "--rounds", String(rounds), "--corpus", corpus.path, "--work", work.path]
            + (reuse ? ["--reuse"] : [])
    }
}

struct OptionError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
