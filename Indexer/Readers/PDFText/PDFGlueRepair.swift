import Foundation

/// Puts link texts back where they belong. The PDF export pulled each link text out of its sentence
/// and appended it to the end of the line, leaving a gap (two spaces, " ,", " .", a line starting
/// with a space or with ". "), and often gluing it to the word before ("ellerspesialisthelsetjenesteloven").
///
/// When the appended tail and the gap(s) can be found, the tail goes into the gap; otherwise at least
/// the glued word is split, so no word is corrupted.
struct PDFGlueRepair: Sendable {
    let vocabulary: PDFVocabulary

    struct Result: Equatable {
        var text: String
        /// Gaps and moved link texts found: evidence of links on this line.
        var cues: Int
    }

    /// Where an appended link text starts, and how sure we are (3 = certain).
    private struct TailStart {
        var index: Int
        var rank: Int
        /// Split inside a glued word: the tail starts mid-token.
        var glued: Bool
        /// Weak evidence that holds only if a link mark ends the tail, or a real gap stands before it.
        var weak = false
        var needsCue = false
    }

    func repair(_ raw: String, startsPage: Bool) -> Result {
        var line = PDFTextNormalizer.decodePercentEscapes(raw)
        // HTML debris (`"> `) marks where a link text was appended, like a lone no-break space.
        if line.utf8.contains(0x22) { line = line.replacingOccurrences(of: "\"> ", with: "\u{00A0}") }
        let all = Array(line)
        var start = 0
        while start < all.count, all[start].isWhitespaceFast { start += 1 }
        var body = Array(all[start...])
        while let last = body.last, last.isWhitespaceFast { body.removeLast() }
        guard !body.isEmpty else { return Result(text: "", cues: 0) }

        // ".tiltak", ").arbeidsmiljøloven § 4-4 (lovdata.no": the punctuation ended the sentence, the
        // rest is the link text that belonged before it.
        var punct = 0
        while punct < body.count, ".,;:)".contains(body[punct]) { punct += 1 }
        if punct > 0, punct < body.count, body[punct].isLetterFast || body[punct].isNumberFast || "(«".contains(body[punct]) {
            return Result(text: PDFTextNormalizer.clean(String(body[punct...]) + String(body[..<punct])), cues: 1)
        }

        var gaps: [Int] = []
        if (start > 0 && !startsPage) || (body.count > 1 && ".,".contains(body[0]) && body[1].isWhitespaceFast) {
            gaps.append(0)
        }
        var starts: [TailStart] = []
        scanSeparators(body, gaps: &gaps, starts: &starts)
        starts += gluedWordStarts(body)
        gaps = Array(Set(gaps)).sorted()

        if let tail = chooseTail(starts, gaps: gaps, body: body) {
            let before = gaps.filter { $0 < tail.index }
            if let text = fill(body, gaps: before, tailStart: tail.index) {
                return Result(text: PDFTextNormalizer.clean(text), cues: before.count + 1)
            }
        }
        // No gap on the line: a glued tail ending in a link mark belongs at the line start.
        if gaps.isEmpty, let tail = starts.filter({ $0.glued && $0.rank >= 2 }).max(by: { $0.index < $1.index }),
           PDFTextNormalizer.linkCueCount(String(body[tail.index...])) > 0,
           let text = fill(body, gaps: [0], tailStart: tail.index) {
            return Result(text: PDFTextNormalizer.clean(text), cues: 2)
        }
        // At least never leave two words glued where the case shows it ("ogHva").
        var repaired = body
        for tail in starts.filter({ $0.glued && $0.rank == 3 }).sorted(by: { $0.index > $1.index }) {
            repaired.insert(" ", at: tail.index)
        }
        return Result(text: PDFTextNormalizer.clean(String(repaired)), cues: gaps.count)
    }

    // MARK: - Gaps and separators

    /// Whitespace runs (gaps), lone no-break spaces (appended text follows), " ." / " ," gaps.
    private func scanSeparators(_ body: [Character], gaps: inout [Int], starts: inout [TailStart]) {
        var i = 0
        while i < body.count {
            let ch = body[i]
            if ch.isWhitespaceFast {
                var j = i
                while j < body.count, body[j].isWhitespaceFast { j += 1 }
                let run = j - i
                if run == 1, ch == "\u{00A0}", i > 0, j < body.count, !isCueOnly(body[j...]) {
                    // After a gap's own punctuation (" .\u{00A0}") it may just be sentence spacing.
                    let afterGapPunctuation = ".,".contains(body[i - 1]) && (i == 1 || body[i - 2].isWhitespaceFast)
                    starts.append(TailStart(index: j, rank: afterGapPunctuation ? 1 : 2, glued: false))
                } else if run >= 2 {
                    gaps.append(i)
                }
                if j < body.count, ".,".contains(body[j]), j + 1 == body.count || body[j + 1].isWhitespaceFast
                    || body[j + 1].isLetterFast || body[j + 1].isNumberFast || body[j + 1] == "(" {
                    gaps.append(i)
                    if j + 1 < body.count, body[j + 1].isLetterFast || body[j + 1].isNumberFast || body[j + 1] == "(" {
                        starts.append(TailStart(index: j + 1, rank: 3, glued: false))
                    }
                }
                i = j
            } else {
                // "nytte av:kunnskapsbanken.net"
                if ch == ":", i > 0, body[i - 1].isLetterFast, i + 1 < body.count, body[i + 1].isLetterFast {
                    starts.append(TailStart(index: i + 1, rank: 3, glued: true))
                }
                i += 1
            }
        }
    }

    /// True when the rest is only a link mark such as "(lovdata.no)" with closing punctuation.
    private func isCueOnly(_ rest: ArraySlice<Character>) -> Bool {
        let text = String(rest).trimmingCharacters(in: CharacterSet(charactersIn: " .,;)\u{00A0}"))
        return text.firstRange(ofPattern: "^" + PDFTextNormalizer.linkCuePattern + "$", caseInsensitive: true) != nil
            || text.firstRange(ofPattern: #"^\((?:[\p{L}\d-]+\.)+\p{L}{2,}$"#) != nil
    }

    // MARK: - Glued words

    private func gluedWordStarts(_ body: [Character]) -> [TailStart] {
        var result: [TailStart] = []
        var i = 0
        while i < body.count {
            guard !body[i].isWhitespaceFast else { i += 1; continue }
            var j = i
            while j < body.count, !body[j].isWhitespaceFast { j += 1 }
            var lo = i
            var hi = j
            while lo < hi, !body[lo].isLetterFast { lo += 1 }
            while hi > lo, !body[hi - 1].isLetterFast { hi -= 1 }
            if hi - lo >= 5, body[lo..<hi].allSatisfy(\.isLetterFast), let split = glueSplit(Array(body[lo..<hi])) {
                result.append(TailStart(index: lo + split.offset, rank: split.rank, glued: true,
                                        weak: split.rank == 0, needsCue: split.needsCue))
            }
            i = j
        }
        return result
    }

    /// The most likely point where two words were glued, ranked: 3 case change ("ogHva"),
    /// 2 connective + known word, 1 two known words, 0 weak evidence.
    private func glueSplit(_ word: [Character]) -> (offset: Int, rank: Int, needsCue: Bool)? {
        // Lower case goes scalar by scalar, so each character lowered once gives every split's
        // parts: the lowered bytes, where each character's ends, and how many characters it lowers to.
        var bytes: [UInt8] = []
        var ends: [Int] = [], counts: [Int] = []
        var lower: [Bool] = [], upper: [Bool] = []
        for ch in word {
            if let ascii = ch.asciiValue {
                let isUpper = (0x41...0x5A).contains(ascii)
                bytes.append(isUpper ? ascii | 0x20 : ascii)
                counts.append(1)
                lower.append((0x61...0x7A).contains(ascii))
                upper.append(isUpper)
            } else {
                let lowered = String(ch).lowercased()
                bytes.append(contentsOf: lowered.utf8)
                counts.append(lowered.count)
                lower.append(ch.isLowercase)
                upper.append(ch.isUppercase)
            }
            ends.append(bytes.count)
        }
        let text = { (from: Int, to: Int) in String(decoding: bytes[from..<to], as: UTF8.self) }
        guard vocabulary.countLowered(text(0, bytes.count)) <= 1 else { return nil }
        let total = counts.reduce(0, +)
        var best: (offset: Int, rank: Int, balance: Int, needsCue: Bool)?
        var prefixCount = counts[0]
        for k in 2..<(word.count - 1) {
            prefixCount += counts[k - 1]
            let prefix = text(0, ends[k - 1]), suffix = text(ends[k - 1], bytes.count)
            let prefixLength = prefixCount, suffixLength = total - prefixCount
            let prefixKnown = vocabulary.countLowered(prefix) > 0
            let suffixKnown = vocabulary.countLowered(suffix) > 0
            let gluePrefix = PDFWordLists.gluePrefixes.contains(prefix) && (prefixLength >= 3 || suffixLength >= 6)
            let rank: Int
            var needsCue = false
            if lower[k - 1], upper[k] {
                rank = 3
            } else if gluePrefix, suffixLength >= 3, suffixKnown {
                rank = 2
            } else if prefixLength >= 3, suffixLength >= 3, prefixKnown, suffixKnown {
                rank = 1
            } else if (gluePrefix && suffixLength >= 5)
                        || (PDFWordLists.gluePrefixes.contains(suffix) && prefixLength >= 6)
                        || (suffixKnown && suffixLength >= 5 && prefixLength >= 4) {
                rank = 0
            } else if prefixKnown, prefixLength >= 4, suffixLength >= 5, !"se".contains(suffix.first ?? "s") {
                // A known word and an unknown one: only when a link mark ends the tail.
                rank = 0
                needsCue = true
            } else {
                continue
            }
            // Among weak splits a known first part is the better sign.
            let balance = min(prefixLength, suffixLength) + (rank == 0 && prefixKnown ? 100 : 0)
            if let current = best, current.rank > rank || (current.rank == rank && current.balance >= balance) { continue }
            best = (k, rank, balance, needsCue)
        }
        return best.map { ($0.offset, $0.rank, $0.needsCue) }
    }

    // MARK: - Moving the tail

    /// Highest rank wins; among equals the rightmost (weak evidence: the leftmost). A tail needs a gap before it.
    private func chooseTail(_ starts: [TailStart], gaps: [Int], body: [Character]) -> TailStart? {
        guard let firstGap = gaps.first else { return nil }
        let usable = starts.filter { start in
            guard start.index > firstGap else { return false }
            // Link texts are all appended at the end: no link mark may stay in front of the tail.
            guard PDFTextNormalizer.linkCueCount(String(body[..<start.index])) == 0 else { return false }
            let cueEnds = PDFTextNormalizer.linkCueCount(String(body[start.index...])) > 0
            if start.needsCue { return cueEnds }
            if start.weak { return cueEnds || gaps.contains { $0 > 0 && $0 < start.index } }
            return true
        }
        guard let top = usable.map(\.rank).max() else { return nil }
        let best = usable.filter { $0.rank == top }
        return top == 0 ? best.min { $0.index < $1.index } : best.max { $0.index < $1.index }
    }

    /// The content with the tail's link texts inserted at the gaps; nil when they cannot be matched up.
    private func fill(_ body: [Character], gaps: [Int], tailStart: Int) -> String? {
        guard !gaps.isEmpty else { return nil }
        let content = Array(body[..<tailStart])
        let tail = String(body[tailStart...]).trimmingCharacters(in: .whitespaces)
        var pieces = PDFGlueRepair.splitAtCues(tail)
        if pieces.count != gaps.count {
            guard gaps.count == 1 else { return nil }
            pieces = [tail]
        }
        var out = ""
        var next = 0
        for (index, ch) in content.enumerated() {
            if next < gaps.count, gaps[next] == index {
                out += " " + pieces[next] + " "
                next += 1
            }
            out.append(ch)
        }
        return out
    }

    /// "a (lovdata.no) b (pdf)" → ["a (lovdata.no)", "b (pdf)"].
    static func splitAtCues(_ tail: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(tail)
        while let range = rest.firstRange(ofPattern: PDFTextNormalizer.linkCuePattern, caseInsensitive: true) {
            let piece = rest[..<range.upperBound].trimmingCharacters(in: .whitespaces)
            rest = rest[range.upperBound...]
            if rest.contains(where: \.isLetterFast) {
                pieces.append(piece)
            } else {
                pieces.append(piece + rest.trimmingCharacters(in: .whitespaces))
                rest = ""
                break
            }
        }
        let last = rest.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { pieces.append(last) }
        return pieces
    }
}
