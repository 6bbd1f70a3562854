import Foundation

/// Which build of the program wrote an index: its executable's size and modification time. An index
/// written by another build is rebuilt, so reader improvements reach an index whose corpus did not
/// change.
public enum IndexerIdentity {
    public static let current: String = {
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return "unknown" }
        return "\(size.intValue)-\(Int(modified.timeIntervalSince1970))"
    }()
}
