import Foundation

/// A table of recommendations with grade columns, flattened to lines: a header row ending in the
/// columns' labels ("Anbefalinger : organisering … Grad Nivå") and rows ending in their values
/// ("… bør gå direkte til AMK. B 2a"). The labels are not part of the heading, and the values are
/// the recommendation's grade, not words of its sentence: the heading loses the labels and each row
/// shows its grade apart, named by the header ("(Grad B, Nivå 2a)"). Only rows under such a header
/// are read this way, so a sentence that happens to end in a capital letter is left alone.
enum WebGradedRows {
    /// Labels a grade column carries.
    static let columnLabels: Set<String> = ["grad", "nivå", "evidensnivå", "kunnskapsnivå", "styrke", "gradering"]

    /// The values one row gives per label: a grade letter or an evidence level ("1a", "2", "IV").
    private static let value = #"([A-D]|[1-4][a-c]?|I{1,3}V?|IV)"#

    static func relabelled(_ lines: [WebPageLine]) -> [WebPageLine] {
        var out: [WebPageLine] = []
        var labels: [String] = []
        for (i, line) in lines.enumerated() {
            if let header = header(line.text), let next = lines[(i + 1)...].first, row(next.text, columns: header.labels.count) != nil {
                labels = header.labels
                out.append(WebPageLine(number: line.number, raw: header.text))
                continue
            }
            guard !labels.isEmpty, !line.isBullet else {
                out.append(line)
                continue
            }
            guard let row = row(line.text, columns: labels.count) else {
                // A heading ends the table; a row cut off with the page keeps it going.
                if WebHeadings.hasHeadingShape(line.text, maxCharacters: 80, maxWords: 10) { labels = [] }
                out.append(line)
                continue
            }
            let grade = zip(labels, row.values).map { "\($0) \($1)" }.joined(separator: ", ")
            out.append(WebPageLine(number: line.number, raw: "\(row.text) (\(grade))"))
        }
        return out
    }

    /// A header row: at least two words of heading, then one or two grade-column labels.
    static func header(_ text: String) -> (text: String, labels: [String])? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 3, !text.hasSuffix("."), !text.hasSuffix(":") else { return nil }
        var labels: [String] = []
        for word in words.reversed().prefix(2) {
            guard columnLabels.contains(word.lowercasedFast), word.first?.isUppercase == true else { break }
            labels.insert(word, at: 0)
        }
        guard !labels.isEmpty, words.count - labels.count >= 2 else { return nil }
        return (words.dropLast(labels.count).joined(separator: " "), labels)
    }

    /// A row: a sentence ending in one value per column.
    static func row(_ text: String, columns: Int) -> (text: String, values: [String])? {
        let pattern = #"(?<=[.)!?]) "# + Array(repeating: value, count: columns).joined(separator: " ") + "$"
        guard let range = text.firstRange(ofPattern: pattern) else { return nil }
        let values = text[range].split(separator: " ").map(String.init)
        let sentence = String(text[..<range.lowerBound])
        return WebText.words(sentence).count >= 4 ? (sentence, values) : nil
    }
}
