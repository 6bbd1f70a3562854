import Foundation

/// A day written the way the guidelines write dates ("23. november 2026"), without relying on the
/// platform's locale data.
public enum NorwegianDate {
    static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                         "oktober", "november", "desember"]

    public static func format(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(parts.day ?? 1). \(month) \(parts.year ?? 1970)"
    }
}
