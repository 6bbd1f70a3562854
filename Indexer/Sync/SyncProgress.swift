import Foundation

/// How far a sync is: items handled of those known so far (a walk learns of items as it goes),
/// bytes received, and the time taken.
public struct SyncProgress: Sendable, Equatable {
    public var done: Int
    public var known: Int
    public var bytes: Int
    public var seconds: Double

    public var itemsPerSecond: Double { seconds > 0 ? Double(done) / seconds : 0 }

    /// "sync: 1200 av 2045 elementer, 9,8 MB, 310 elementer/s, omtrent 3 s igjen"
    public var line: String {
        var text = "sync: \(done) av \(known) elementer, \(Self.megabytes(bytes)), \(Int(itemsPerSecond.rounded())) elementer/s"
        if itemsPerSecond > 0 && known > done {
            text += ", omtrent \(Int((Double(known - done) / itemsPerSecond).rounded(.up))) s igjen"
        }
        return text
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000).replacingOccurrences(of: ".", with: ",")
    }
}

/// What a sync reports while it runs.
public enum SyncEvent: Sendable {
    case progress(SyncProgress)
    case warning(String)
}
