/// How a sentence's norm is marked in terminal output: a tag before it, coloured on a terminal,
/// with the cue in bold. The tag says what the text supports: "[PLIKT] " a duty with its legal
/// basis cited, "[SKAL/MÅ] " a duty without one, "[BØR] " a recommendation, "[KAN] " an option;
/// against: "[FORBUD] ", "[SKAL IKKE] ", "[BØR IKKE] ", "[KAN IKKE] ".
public enum NormMark {
    public static func tag(norm: Norm, direction: NormDirection?) -> String? {
        let against = direction == .against
        switch norm {
        case .legalDuty: return against ? "[FORBUD]" : "[PLIKT]"
        case .obligation: return against ? "[SKAL IKKE]" : "[SKAL/MÅ]"
        case .recommendation: return against ? "[BØR IKKE]" : "[BØR]"
        case .option: return against ? "[KAN IKKE]" : "[KAN]"
        case .none: return nil
        }
    }

    /// The Norwegian word for a strength, for "Styrke: …".
    public static func name(norm: Norm, direction: NormDirection?) -> String {
        let against = direction == .against
        switch norm {
        case .legalDuty: return against ? "forbud med hjemmel oppgitt" : "plikt med hjemmel oppgitt"
        case .obligation: return against ? "skal ikke, uten hjemmel oppgitt" : "skal/må, uten hjemmel oppgitt"
        case .recommendation: return against ? "anbefales ikke" : "anbefaling"
        case .option: return against ? "bør vanligvis ikke" : "mulighet"
        case .none: return "ingen"
        }
    }

    public static let legend = "Merking: [PLIKT] plikt med hjemmel i lov eller forskrift oppgitt i teksten · "
        + "[SKAL/MÅ] skal/må, uten hjemmel oppgitt · [BØR] anbefaling · [KAN] mulighet · "
        + "[FORBUD]/[SKAL IKKE]/[BØR IKKE]/[KAN IKKE] mot"

    static func styled(_ tag: String, _ style: TextStyle) -> String {
        tag.hasPrefix("[PLIKT") || tag.hasPrefix("[FORBUD") || tag.hasPrefix("[SKAL") ? style.warning(tag) : style.accent(tag)
    }

    /// The statement's text with its tag in front and the cue in bold.
    static func marked(_ statement: StatementSummary, style: TextStyle) -> String {
        let tag = tag(norm: statement.norm, direction: statement.direction)
        var text = statement.text
        if let cue = statement.cue, style.colored {
            let scalars = Array(text.unicodeScalars)
            if cue.start >= 0, cue.start < cue.end, cue.end <= scalars.count {
                text = String(String.UnicodeScalarView(scalars[..<cue.start])) + style.bold(String(String.UnicodeScalarView(scalars[cue.start..<cue.end])))
                    + String(String.UnicodeScalarView(scalars[cue.end...]))
            }
        }
        return (tag.map { styled($0, style) + " " } ?? "") + text
    }

    /// A part's text with a tag put in front of each normative sentence (at its offset) and the
    /// cues in bold on a terminal. Offsets are Unicode scalars into `text`.
    static func annotate(_ text: String, statements: [StatementSummary], style: TextStyle) -> String {
        let scalars = Array(text.unicodeScalars)
        var insertions: [(at: Int, text: String, replacing: Int)] = []
        for s in statements where s.isNormative && s.start >= 0 && s.end <= scalars.count && s.start < s.end {
            guard let tag = tag(norm: s.norm, direction: s.direction) else { continue }
            insertions.append((s.start, styled(tag, style) + " ", 0))
            if style.colored, let cue = s.cue, s.start + cue.end <= s.end, cue.start < cue.end {
                let cueText = String(String.UnicodeScalarView(scalars[(s.start + cue.start)..<(s.start + cue.end)]))
                insertions.append((s.start + cue.start, style.bold(cueText), cue.end - cue.start))
            }
        }
        var out = String.UnicodeScalarView()
        var position = 0
        for insertion in insertions.sorted(by: { $0.at < $1.at }) where insertion.at >= position {
            out.append(contentsOf: scalars[position..<insertion.at])
            out.append(contentsOf: insertion.text.unicodeScalars)
            position = insertion.at + insertion.replacing
        }
        out.append(contentsOf: scalars[position...])
        return String(out)
    }
}
