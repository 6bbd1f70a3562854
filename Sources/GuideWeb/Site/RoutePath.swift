/// A path below a prefix as the router matches it: "/rad/als/1.1" below "/" is `.below("rad", "als/1.1")`.
enum RoutePath: Equatable {
    case root
    case exact(String)
    case below(String, String)

    init(_ path: String) {
        let trimmed = path.drop { $0 == "/" }
        guard !trimmed.isEmpty else {
            self = .root
            return
        }
        guard let slash = trimmed.firstIndex(of: "/") else {
            self = .exact(String(trimmed))
            return
        }
        let rest = trimmed[trimmed.index(after: slash)...]
        self = rest.isEmpty ? .exact(String(trimmed[..<slash])) : .below(String(trimmed[..<slash]), String(rest))
    }
}

/// `/lov/ACT/§ N` (or `/lov/ACT/N`) as `guide law` takes it: "ACT § N".
enum LawPath {
    static func reference(_ rest: String) -> String {
        let parts = rest.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let act = parts.first else { return "" }
        let section = parts.dropFirst().joined(separator: " ")
        guard !section.isEmpty else { return act }
        return section.hasPrefix("§") || section.lowercased().hasPrefix("kap") ? "\(act) \(section)" : "\(act) § \(section)"
    }
}
