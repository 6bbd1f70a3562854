import GuideKit

/// "Did you mean …?" for mistyped command and option names.
enum Suggestion {
    /// The message's ending: "; mente du '--limit'?", or nothing.
    static func hint(for word: String, among candidates: [String]) -> String {
        NearestName.commandNames.nearest(to: word, among: candidates).map { "; mente du '\($0)'?" } ?? ""
    }
}
