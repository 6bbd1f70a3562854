/// A command line that cannot be run as written (exit 64).
struct UsageError: Error, Equatable {
    let message: String
    /// The command whose usage to print; nil for `guide` itself.
    let command: String?
    /// Whether the error ends with "Se 'guide help …'.": so for words the parser did not take,
    /// not for arguments a command found wrong once it had them.
    var pointsToHelp = true
}
