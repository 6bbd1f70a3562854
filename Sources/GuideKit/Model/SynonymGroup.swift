/// Words and phrases that mean the same for search ("selvmord", "suicidalitet"), lower-cased.
public struct SynonymGroup: Sendable, Hashable {
    public var phrases: [String]
    public var line: Int

    public init(phrases: [String], line: Int) {
        self.phrases = phrases
        self.line = line
    }
}
