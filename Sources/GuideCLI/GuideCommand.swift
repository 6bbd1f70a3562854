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

    /// Runs `guide` with the process's decoded arguments.
    public static func run(_ process: ProcessArguments, environment: Environment = .process,
                           output: Output = .standard) -> Int32 {
        run(process.arguments, notUTF8: process.notUTF8, environment: environment, output: output)
    }

    /// Runs `guide` with these arguments (without the program name). Results go to stdout,
    /// diagnostics to stderr. Never writes the query anywhere else. `notUTF8`: the positions of
    /// arguments read as Windows-1252, each warned of by position, never by its text.
    public static func run(_ arguments: [String], notUTF8: Set<Int> = [], environment: Environment = .process,
                           output: Output = .standard) -> Int32 {
        do {
            let line = try Commands.parser.parse(arguments, notUTF8: notUTF8)
            for position in notUTF8.sorted() {
                output.error("guide: advarsel: argument \(position + 1) er ikke UTF-8; lest som Windows-1252")
            }
            if line.isSet(Commands.versionOption) {
                output.write(Commands.version + "\n")
                return ExitCode.success.rawValue
            }
            guard let declaration = line.command, let type = Commands.named(declaration.name), !line.isSet(CommonOptions.help) else {
                output.write(Commands.helpPage(for: line.command?.name, width: output.width(in: environment)))
                return ExitCode.success.rawValue
            }
            try declaration.checkArgumentCount(line.arguments)
            let command = try type.init(line)
            try command.run(in: CommandContext(line: line, environment: environment, output: output))
            return ExitCode.success.rawValue
        } catch let error as UsageError {
            output.error(Self.errorPrefix + error.message)
            output.error(Commands.usageLine(for: error.command, width: output.width(in: environment)))
            if error.pointsToHelp { output.error("Se 'guide \(error.command.map { "help \($0)" } ?? "--help")'.") }
            return ExitCode.usage.rawValue
        } catch let error as EvaluationFileError {
            // Already "path:line: feil: …", the form editors jump to.
            output.error("\(error)")
            return ExitCode.failure.rawValue
        } catch let error as SQLiteError where error.isCorruption {
            // Damage found only by a later query: say what to do rather than show SQL.
            output.error(Self.errorPrefix + "indeksen er skadet (\(error.message)); kjør 'guide check' for detaljer "
                         + "og 'guide index' for å bygge den på nytt")
            return ExitCode.failure.rawValue
        } catch {
            output.error(Self.errorPrefix + "\(error)")
            return ExitCode.failure.rawValue
        }
    }

    /// How every error line on stderr begins (corpus and judged-query files excepted: "fil:12: feil: …").
    static let errorPrefix = "guide: feil: "
    /// How every warning line begins.
    static let warningPrefix = "guide: advarsel: "

    public static func exit(with code: Int32) -> Never {
        Foundation.exit(code)
    }
}
