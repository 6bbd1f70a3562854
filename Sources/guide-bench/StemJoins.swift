import Foundation
import GuideIndexer
import GuideKit

/// `guide-bench --stems`: how often a stemmer joins a word form to a different, shorter word,
/// counted over the machine's Norwegian word lists (Debian `wnorwegian`) and the corpus's words.
///
/// The lists hold forms, not lemmas, so "a different word" is read from what they do show:
/// a form X whose stem S is shorter than X is a **join of different words** when S is itself a
/// form in the lists and X has inflections of its own there (X+en, X+et, X+er, X+a, X+e or X+ene
/// is a form too). "demens" → "dem": both are words, and "demensen" shows that "demens" keeps its
/// whole self when inflected, so nothing of its paradigm ends in "dem". "pasienter" → "pasient"
/// is no join: there is no "pasienteren".
struct StemJoins {
    /// The endings that show a form inflecting as a word of its own.
    static let ownInflections = ["en", "et", "a", "er"]

    struct Figures {
        var forms = 0
        /// Forms the stemmer shortens.
        var stemmed = 0
        /// Forms joined to a different word, and the distinct stems that join them.
        var joins = 0
        var joiningStems = 0
        /// Joins onto a stem of three letters or fewer ("demens" → "dem"): one short word for many.
        var shortJoins = 0
        /// Stems shared by two forms or more: the joins a stemmer is for.
        var sharedStems = 0
        var examples: [(form: String, stem: String)] = []
        /// Every join, for `--stems-all`.
        var all: [(form: String, stem: String)] = []
        /// Joins by the ending the stemmer removed.
        var joinsByEnding: [String: Int] = [:]
    }

    let words: Set<String>

    /// Measures `stem` over `forms` (each counted once).
    func measure(_ forms: [String], stem: (String) -> String, examples: Int = 12) -> Figures {
        var figures = Figures()
        var joiningStems = Set<String>()
        var formsPerStem: [String: Int] = [:]
        for form in forms {
            figures.forms += 1
            let s = stem(form)
            formsPerStem[s, default: 0] += 1
            guard s.count < form.count else { continue }
            figures.stemmed += 1
            guard isJoin(form, stem: s) else { continue }
            figures.joins += 1
            if s.count <= 3 { figures.shortJoins += 1 }
            joiningStems.insert(s)
            figures.joinsByEnding[String(form.dropFirst(s.count)), default: 0] += 1
            figures.all.append((form, s))
        }
        // Examples spread over the alphabet, not the first few of "a".
        let step = max(figures.all.count / max(examples, 1), 1)
        figures.examples = Swift.stride(from: 0, to: figures.all.count, by: step).prefix(examples).map { figures.all[$0] }
        figures.joiningStems = joiningStems.count
        figures.sharedStems = formsPerStem.values.filter { $0 > 1 }.count
        return figures
    }

    func isJoin(_ form: String, stem: String) -> Bool {
        words.contains(stem) && Self.ownInflections.contains { words.contains(form + $0) }
    }

    /// Every distinct lower-case word of the corpus's texts, sorted.
    static func corpusWords(in corpus: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        var words = Set<String>()
        for name in names where !name.hasSuffix(".meta") && !name.hasPrefix(".") {
            var text = String(decoding: try Data(contentsOf: corpus.appendingPathComponent(name)), as: UTF8.self)
            text.withUTF8 { bytes in
                NorwegianAnalyzer().tokenize(bytes, reason: .auxiliary) { word, _, _, _ in
                    if word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { words.insert(word) }
                    return true
                }
            }
        }
        return words.sorted()
    }
}

/// Runs the measurement and prints its figures: Snowball as published, then the analyzer's stems.
enum StemJoinsReport {
    static func run(corpus: URL, all: Bool) throws {
        guard let list = try NorwegianWordList.installed() else {
            throw OptionError(message: "no Norwegian word list at \(NorwegianWordList.installedPaths.joined(separator: ", ")) (apt-get install wnorwegian)")
        }
        let forms = Set((0..<list.count).map(list.form))
        let joins = StemJoins(words: forms)
        let sortedForms = forms.sorted()
        let corpusWords = try StemJoins.corpusWords(in: corpus)
        print("Stems that join different words (guide-bench --stems)")
        print("word lists: \(list.source); \(sortedForms.count) distinct forms; corpus \(corpus.path): \(corpusWords.count) distinct words")
        print("A join: form X stemmed to a shorter S that is itself a listed form, while X inflects as a word of its own")
        print("(X+\(StemJoins.ownInflections.joined(separator: "/")) listed).")
        let stemmers: [(String, (String) -> String)] = [
            ("Snowball", snowball),
            ("guide", NorwegianAnalyzer.stem),
        ]
        var remaining: [(form: String, stem: String)] = []
        for (name, stem) in stemmers {
            for (set, words) in [("word lists", sortedForms), ("corpus", corpusWords)] {
                let f = joins.measure(words, stem: stem)
                print("")
                print("\(name), \(set): \(f.forms) forms, \(f.stemmed) shortened, \(f.sharedStems) stems shared by 2+ forms; "
                      + "joins of different words: \(f.joins) forms onto \(f.joiningStems) stems, \(f.shortJoins) onto stems of ≤ 3 letters")
                let endings = f.joinsByEnding.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8)
                print("  by ending removed: " + endings.map { "-\($0.key) \($0.value)" }.joined(separator: ", "))
                print("  e.g. " + f.examples.map { "\($0.form) → \($0.stem)" }.joined(separator: ", "))
                if all && name == "guide" && set == "word lists" { remaining = f.all }
            }
        }
        if all {
            print("")
            print("Every join the analyzer still makes over the word lists:")
            for join in remaining { print("\(join.form) \(join.stem)") }
        }
    }

    /// Snowball's stems, with the analyzer's own exceptions (numbers, words under three letters).
    static func snowball(_ word: String) -> String {
        NorwegianAnalyzer.snowballStem(word)
    }
}
