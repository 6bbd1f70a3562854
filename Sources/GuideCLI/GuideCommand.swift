import Foundation

/// PLACEHOLDER entry point.
public enum GuideCommand {
    public static func run(_ arguments: [String]) -> Int32 { 0 }
    public static func exit(with code: Int32) -> Never { Foundation.exit(code) }
}
