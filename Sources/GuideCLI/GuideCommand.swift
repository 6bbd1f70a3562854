import Foundation
import GuideIndexer
import GuideKit

/// The `guide` program: parses the command line, runs the command, and maps every outcome to
/// its text, stream and exit code in one place.
public enum GuideCommand {
    public enum ExitCode: Int32 {
        case success = 0
        case failure = 1
        case usage = 64
    }

    /// Runs `guide` with these arguments (without the program name). Results go to stdout,
    /// diagnostics to stderr. Never writes the query anywhere else.
    public static func run(_ arguments: [String], environment: Environment = .process,
                           output: Output = .standard) -> Int32 {
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(arguments)
        } catch {
            output.error("Error: \(error.message)")
            output.error(usageLine(for: error.command))
            output.error("See 'guide \(error.command.map { "help \($0.rawValue)" } ?? "--help")'.")
            return ExitCode.usage.rawValue
        }
        if invocation.showVersion {
            output.write(HelpText.version + "\n")
            return ExitCode.success.rawValue
        }
        if invocation.showHelp || invocation.command == .help {
            let topic = invocation.command == .help
                ? invocation.arguments.first.flatMap(Invocation.Command.init(rawValue:)) : invocation.command
            output.write(HelpText.page(for: topic))
            return ExitCode.success.rawValue
        }
        let style = TextStyle(colored: output.isTerminal && environment["NO_COLOR"] == nil)
        do {
            try CommandRunner(invocation: invocation, location: IndexLocation(invocation: invocation, environment: environment),
                              output: output, style: style).run()
            return ExitCode.success.rawValue
        } catch let error as UsageError {
            output.error("Error: \(error.message)")
            output.error(usageLine(for: error.command))
            return ExitCode.usage.rawValue
        } catch let error as EvaluationFileError {
            // Already "path:line: error: …", the form editors jump to.
            output.error("\(error)")
            return ExitCode.failure.rawValue
        } catch let error as SQLiteError where error.isCorruption {
            // Damage found only by a later query: say what to do rather than show SQL.
            output.error("guide: error: the index is damaged (\(error.message)); run 'guide check' for details "
                         + "and 'guide index' to rebuild it")
            return ExitCode.failure.rawValue
        } catch {
            output.error("guide: error: \(error)")
            return ExitCode.failure.rawValue
        }
    }

    public static func exit(with code: Int32) -> Never {
        Foundation.exit(code)
    }

    static func usageLine(for command: Invocation.Command?) -> String {
        let page = HelpText.page(for: command)
        return page.components(separatedBy: "\n").first { $0.hasPrefix("USAGE:") }.map { "Usage:" + $0.dropFirst(6) }
            ?? "Usage: guide <command> [options]"
    }
}
