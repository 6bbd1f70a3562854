import GuideKit

/// Turns the lines of one section into paragraphs and checklists. The PDF lost the bullet marks:
/// a paragraph ending in ":" followed by lines that start like items (lower case, or an acronym)
/// is a checklist; an item ending in ":" takes the items after it as sub-items.
struct PDFBlockBuilder: Sendable {
    let breaks: PDFLineBreaks
    let path: String

    func blocks(_ lines: [PDFLine]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let (unit, next) = proseUnit(lines, from: index)
            let text = join(unit)
            if text.hasSuffix(":"), next < lines.count, PDFLineBreaks.startsLikeItem(lines[next].text),
               let (list, end) = checklist(lines, leadIn: unit, from: next) {
                blocks.append(.checklist(list))
                index = end
                continue
            }
            if !text.isEmpty { blocks.append(.paragraph(Paragraph(text: text, source: span(unit)))) }
            index = next
        }
        return blocks
    }

    // MARK: - Paragraphs

    private func proseUnit(_ lines: [PDFLine], from start: Int) -> ([PDFLine], Int) {
        var unit = [lines[start]]
        var index = start + 1
        while index < lines.count, breaks.continuesParagraph(lines[index - 1], lines[index]) {
            unit.append(lines[index])
            index += 1
        }
        return (unit, index)
    }

    // MARK: - Checklists

    private enum Step { case continueItem, newItem, endList }

    private typealias FlatItem = (lines: [PDFLine], depth: Int)

    private func checklist(_ lines: [PDFLine], leadIn: [PDFLine], from start: Int) -> (Checklist, Int)? {
        // First pass with the sure signs only, to learn how items start; then the real pass.
        let firstPass = scanItems(lines, from: start, knownStarts: nil)
        let known = Set(firstPass.items.map { key($0.lines[0].text) })
        let (flat, end) = scanItems(lines, from: start, knownStarts: known)
        guard flat.count >= 2 else { return nil }
        var items: [ChecklistItem] = []
        for entry in flat {
            let item = ChecklistItem(text: join(entry.lines), source: span(entry.lines))
            if entry.depth > 0, !items.isEmpty {
                items[items.count - 1].items.append(item)
            } else {
                items.append(item)
            }
        }
        let last = flat[flat.count - 1].lines
        let source = SourceSpan(path: path, firstLine: leadIn[0].number, lastLine: last[last.count - 1].number)
        return (Checklist(leadIn: join(leadIn), items: items, source: source), end)
    }

    private func scanItems(_ lines: [PDFLine], from start: Int, knownStarts: Set<String>?) -> (items: [FlatItem], end: Int) {
        var flat: [FlatItem] = [([lines[start]], 0)]
        var depth = 0
        var levelStarts: [[String]] = [[key(lines[start].text)], []]
        var index = start + 1
        scan: while index < lines.count {
            let current = flat[flat.count - 1].lines
            let next = lines[index]
            switch step(current[current.count - 1], next, levelStarts: levelStarts[depth], knownStarts: knownStarts) {
            case .continueItem:
                flat[flat.count - 1].lines.append(next)
            case .newItem:
                let word = key(next.text)
                if depth == 0, join(current).hasSuffix(":") {
                    depth = 1
                    levelStarts[1] = []
                } else if depth == 1, levelStarts[0].contains(word) {
                    depth = 0
                }
                levelStarts[depth].append(word)
                flat.append(([next], depth))
            case .endList:
                break scan
            }
            index += 1
        }
        return (flat, index)
    }

    private func step(_ line: PDFLine, _ next: PDFLine, levelStarts: [String], knownStarts: Set<String>?) -> Step {
        if PDFLineBreaks.startsWithContinuation(next.text) || PDFLineBreaks.endsWithContinuation(line.text) {
            return .continueItem
        }
        let word = key(next.text)
        let ended: Bool
        if PDFLineBreaks.endsSentence(line.text) {
            ended = true
        } else if let known = knownStarts, known.contains(word) {
            ended = true
        } else if knownStarts != nil, parallelPresentTense(levelStarts, word) {
            ended = true
        } else {
            ended = !breaks.isWrapped(line, before: next)
        }
        guard ended else { return .continueItem }
        return PDFLineBreaks.startsLikeItem(next.text) ? .newItem : .endList
    }

    /// Items so far all open with a verb in the present ("avklarer", "setter", "unngår"), and so does
    /// the next line: it is the next item, even if the line before looked full.
    private func parallelPresentTense(_ starts: [String], _ word: String) -> Bool {
        guard starts.count >= 2, word.count >= 3, word.hasSuffix("r"), !PDFWordLists.isConnective(word) else { return false }
        let verbs = starts.filter { $0.hasSuffix("r") }.count
        return verbs * 4 >= starts.count * 3
    }

    // MARK: - Helpers

    private func key(_ text: String) -> String {
        PDFLineBreaks.firstWord(text).pdfTrimmingTrailing { !$0.isLetterFast }.lowercased()
    }

    private func join(_ lines: [PDFLine]) -> String {
        PDFTextNormalizer.clean(lines.map(\.text).joined(separator: " "))
    }

    private func span(_ lines: [PDFLine]) -> SourceSpan {
        SourceSpan(path: path, firstLine: lines.first?.number ?? 0, lastLine: lines.last?.number ?? 0)
    }
}
