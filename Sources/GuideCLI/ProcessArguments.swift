import GuideIndexer
#if canImport(Glibc)
import Glibc
#endif

/// The command line as the process received it, decoded from its raw bytes. `CommandLine.arguments`
/// would repair bytes that are not UTF-8 with U+FFFD, silently splitting a Latin-1 "p\u{E5}r\u{F8}rende"
/// into words search then "corrects"; here such an argument is read as Windows-1252, as corpus files are,
/// with a warning that names its position, never its text (a query may describe a patient).
public struct ProcessArguments: Sendable {
    /// The arguments without the program name.
    public var arguments: [String]
    /// One line for stderr per argument that was not UTF-8.
    public var warnings: [String]

    /// Decodes raw arguments (without the program name); position 1 is the first of them.
    public init(raw: [[UInt8]]) {
        arguments = []
        warnings = []
        for (index, bytes) in raw.enumerated() {
            let (text, isUTF8) = Windows1252.decodeUnlessUTF8(bytes)
            if !isUTF8 { warnings.append("guide: warning: argument \(index + 1) is not UTF-8; read as Windows-1252") }
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
