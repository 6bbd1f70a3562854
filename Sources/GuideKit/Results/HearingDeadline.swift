import Foundation

/// A hearing's deadline as the guideline gives it ("30. juni 2023", "30.06.2023", "2023-06-30"),
/// read as a calendar day, and whether it has passed: a draft whose hearing closed may have a final
/// version, and a notice must not read as if the hearing were open.
public enum HearingDeadline {
    public struct Day: Sendable, Hashable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public static func < (a: Day, b: Day) -> Bool {
            (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
    }

    /// Set to a day ("2023-07-01") to answer as of that day: for tests and reproducible output.
    public static let todayVariable = "GUIDE_TODAY"

    /// The day the text names; nil when it names none completely (a deadline without a year,
    /// "1. oktober", is not guessed).
    public static func day(_ text: String) -> Day? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        // "30. juni 2023": a day, a month's name, a year.
        for (i, word) in words.enumerated() {
            guard let month = NorwegianDate.months.firstIndex(of: word), i > 0, i + 1 < words.count,
                  let day = Int(words[i - 1]), let year = Int(words[i + 1]) else { continue }
            return valid(year: year, month: month + 1, day: day)
        }
        // "30.06.2023" or "2023-06-30".
        let numbers = words.compactMap(Int.init)
        guard numbers.count == 3, words.count == 3 else { return nil }
        return numbers[0] > 31 ? valid(year: numbers[0], month: numbers[1], day: numbers[2])
            : valid(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    private static func valid(year: Int, month: Int, day: Int) -> Day? {
        (1000...9999).contains(year) && (1...12).contains(month) && (1...31).contains(day) ? Day(year: year, month: month, day: day) : nil
    }

    /// Whether a draft's hearing has closed: the deadline is the last day to answer, so it has
    /// passed from the day after. Nil for advice in force, or when the deadline is not known.
    public static func hasPassed(status: GuidelineStatus.Stage, deadline: String?, today: Day) -> Bool? {
        guard status == .hearingDraft, let deadline, let day = day(deadline) else { return nil }
        return today > day
    }

    /// The last day a stated time can mean: a day ("04. januar 2022") is itself, a month ("januar
    /// 2022") its last day, a season ("våren 2024": spring ends in June, "høsten": in December) or a
    /// year its last day. Nil when the text names no year.
    public static func lastDay(_ text: String) -> Day? {
        if let day = day(text) { return day }
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let year = words.compactMap(Int.init).first(where: { (1000...9999).contains($0) }) else { return nil }
        let named = words.compactMap { word -> Int? in
            if let month = NorwegianDate.months.firstIndex(of: word) { return month + 1 }
            if word.hasPrefix("vinter") { return 3 }
            if word.hasPrefix("vår") { return 6 }
            if word.hasPrefix("sommer") { return 8 }
            return word.hasPrefix("høst") ? 12 : nil
        }
        let month = named.first ?? 12
        return Day(year: year, month: month, day: daysIn(month: month, year: year))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether a draft's hearing has closed, from all its status says: the text states the deadline
    /// passed; the deadline (a day) has passed; or the final version was expected by a day now past,
    /// which comes after the hearing. Nil for advice in force, or when nothing tells.
    public static func hasClosed(_ status: GuidelineStatus, today: Day) -> Bool? {
        guard status.isHearingDraft else { return nil }
        if status.deadlinePassedStated { return true }
        if let passed = hasPassed(status: status.stage, deadline: status.hearingDeadline, today: today) { return passed }
        if let expected = status.expectedCompletion.flatMap(lastDay), today > expected { return true }
        return nil
    }

    /// The day to answer as of, for the task: in-process tests set it (`$fixedToday.withValue`).
    @TaskLocal public static var fixedToday: Day?

    /// Today in Norway, or the day set for the task, or the day `GUIDE_TODAY` names. Reads only that
    /// variable (`getenv`): the whole environment as a dictionary costs more than a search.
    public static func today(environment: [String: String]? = nil, now: Date = Date()) -> Day {
        if let fixedToday { return fixedToday }
        let set = environment.map { $0[todayVariable] } ?? getenv(todayVariable).map { String(cString: $0) }
        if let set, let day = day(set) { return day }
        let parts = osloCalendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    private static let osloCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        return calendar
    }()

    /// "30. juni 2023".
    public static func text(_ day: Day) -> String {
        "\(day.day). \(NorwegianDate.months[day.month - 1]) \(day.year)"
    }
}
