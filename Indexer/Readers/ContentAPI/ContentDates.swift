/// The API's timestamps ("2012-06-01T00:00") as the model keeps dates, the way the pages write
/// them ("1. juni 2012"). Anything else is kept as given; empty is nil.
enum ContentDates {
    private static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                                 "september", "oktober", "november", "desember"]

    static func written(_ timestamp: String?) -> String? {
        guard let timestamp, !timestamp.isEmpty else { return nil }
        let date = timestamp.prefix { $0 != "T" && $0 != " " }.split(separator: "-")
        guard date.count == 3, let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]),
              (1...12).contains(month), (1...31).contains(day) else { return timestamp }
        return "\(day). \(months[month - 1]) \(year)"
    }
}
