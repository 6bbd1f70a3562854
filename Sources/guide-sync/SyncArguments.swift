import Foundation
import GuideSync

/// What `guide sync` passes on (it has checked the options already): the corpus, the index, and
/// the sync's options; the key and a default address come from the environment.
struct SyncArguments {
    var corpus: String?
    var index: String?
    var options: SyncOptions

    /// An argument `guide sync` would not have passed: a usage error (64).
    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    /// `GUIDE_HAPI_URL` (or `--api`) is not an address: a failure (1), like an address not reached.
    struct NotAnAddress: Error, CustomStringConvertible {
        let text: String
        var description: String { "'\(text)' er ikke en http(s)-adresse: sjekk --api / GUIDE_HAPI_URL" }
    }

    init(_ arguments: [String], environment: [String: String]) throws {
        var corpus: String?, index: String?, api: String?
        var jobs = 8, timeout = 30.0, attempts = 6, full = false
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let value = rest.popFirst() else { throw Invalid(description: "\(name) mangler en verdi") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--corpus": corpus = try value(argument)
            case "--db": index = try value(argument)
            case "--api": api = try value(argument)
            case "--jobs": jobs = Int(try value(argument)) ?? jobs
            case "--timeout": timeout = Double(try value(argument)) ?? timeout
            case "--attempts": attempts = Int(try value(argument)) ?? attempts
            case "--full": full = true
            default: throw Invalid(description: "ukjent argument \(argument)")
            }
        }
        let text = api ?? environment["GUIDE_HAPI_URL"] ?? ContentAPIAddress.production
        guard let address = ContentAPIAddress(text) else {
            throw NotAnAddress(text: text)
        }
        let key = environment["GUIDE_HAPI_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        self.corpus = corpus ?? environment["GUIDE_CORPUS"]
        self.index = index ?? environment["GUIDE_DB"]
        options = SyncOptions(address: address, key: key, jobs: jobs, timeout: timeout,
                              retry: RetryPolicy(attempts: attempts), full: full,
                              progressInterval: isatty(STDERR_FILENO) == 1 ? 0.2 : 5)
    }
}
