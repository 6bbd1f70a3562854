import GuideKit

/// A checklist's lead-in is the sentence that introduces it ("For støtte i etisk utfordrende
/// situasjoner, kan følgende vurderes:"), not the whole paragraph it ends. Earlier sentences of
/// that paragraph are moved into a paragraph of their own before the list, whatever the reader.
enum ChecklistLeadIns {
    static func apply(_ guideline: inout Guideline) {
        for c in guideline.chapters.indices {
            for a in guideline.chapters[c].articles.indices {
                for s in guideline.chapters[c].articles[a].sections.indices {
                    let blocks = guideline.chapters[c].articles[a].sections[s].blocks
                    guideline.chapters[c].articles[a].sections[s].blocks = blocks.flatMap(split)
                }
            }
        }
    }

    private static func split(_ block: Block) -> [Block] {
        guard case .checklist(var checklist) = block, let cut = lastSentenceStart(in: checklist.leadIn) else { return [block] }
        let before = String(checklist.leadIn[..<cut]).trimmingCharacters(in: .whitespaces)
        checklist.leadIn = String(checklist.leadIn[cut...])
        let span = SourceSpan(path: checklist.source.path, line: checklist.source.firstLine)
        return [.paragraph(Paragraph(text: before, source: span)), .checklist(checklist)]
    }

    /// Where the last sentence begins: after ". ", "? " or "! " that follows a word of two or more
    /// lower-case letters (so "f.eks. " and "jf. " do not end a sentence) and precedes a capital.
    static func lastSentenceStart(in text: String) -> String.Index? {
        let characters = Array(text)
        var index = characters.count - 2
        while index > 2 {
            if characters[index] == " ", ".?!".contains(characters[index - 1]), characters[index + 1].isUppercase,
               characters[index - 2].isLowercase, characters[index - 3].isLowercase,
               characters[index - 1] != "." || !endsWithAbbreviation(characters[..<(index - 1)]) {
                return text.index(text.startIndex, offsetBy: index + 1)
            }
            index -= 1
        }
        return nil
    }

    private static func endsWithAbbreviation(_ characters: ArraySlice<Character>) -> Bool {
        let word = String(characters.reversed().prefix { $0.isLetter || $0 == "." }.reversed()).lowercasedFast
        return word.contains(".") || ["jf", "jmf", "ca", "bl", "mv", "osv", "evt", "nr", "kap"].contains(word)
    }
}
