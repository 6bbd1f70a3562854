import GuideIndexer
#if canImport(Glibc)
import Glibc
#endif

/// The command line as the process received it, decoded from its raw bytes. `CommandLine.arguments`
/// would repair bytes that are not UTF-8 with U+FFFD, silently splitting a Latin-1 "p\u{E5}r\u{F8}rende"
/// into words search then "corrects"; here such an argument is read as Windows-1252, as corpus files are,
/// with a warning that names its position, never its text (a query may describe a patient). As a path
/// it is refused instead (`CommandLineParser`): the decoded name would be another file's.
public struct ProcessArguments: Sendable {
    /// The arguments without the program name.
    public var arguments: [String]
    /// The positions (from 0) of the arguments that were not UTF-8.
    public var notUTF8: Set<Int>

    /// Decodes raw arguments (without the program name).
    public init(raw: [[UInt8]]) {
        arguments = []
        notUTF8 = []
        for (index, bytes) in raw.enumerated() {
            let (text, isUTF8) = Windows1252.decodeUnlessUTF8(bytes)
            if !isUTF8 { notUTF8.insert(index) }
            arguments.append(text)
        }
    }

    /// This process's arguments, read from `argv`.
    public static func current() -> ProcessArguments {
        let argv = CommandLine.unsafeArgv
        let raw = (1..<Int(CommandLine.argc)).map { index -> [UInt8] in
            guard let argument = argv[index] else { return [] }
            return Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
        }
        return ProcessArguments(raw: raw)
    }
}
