import Foundation
import GuideIndexer

/// What `guide install` did with each file, counted for its report on stdout.
struct InstallTally {
    private(set) var added = 0, replaced = 0, unchanged = 0
    /// Corpus files someone else put or changed at the target: left as they are.
    private(set) var kept: [String] = []
    private(set) var programLines: [String] = []

    /// Writes the copy unless the target holds the same bytes already, or a file that is not guide's
    /// (kept, with a warning; the program's files were checked before anything was written).
    mutating func place(_ copy: InstallSources.Copy, contents: Data, manifest: inout InstallManifest, output: Output) throws {
        let state = InstallFile.state(of: copy.target, comparedWith: contents, manifest: manifest)
        switch state {
        case .foreign:
            kept.append(copy.target)
            output.error("guide: advarsel: \(copy.target) finnes og er ikke lagt der av guide; den står urørt")
            return
        case .identical: unchanged += 1
        case .ours, .missing:
            try InstallFile.write(contents, to: copy.target, mode: copy.mode)
            if state == .ours { replaced += 1 } else { added += 1 }
        }
        manifest.record(copy.target, contents: contents)
        if copy.mode & 0o111 != 0 {
            programLines.append("  \(copy.target) (\(state == .identical ? "uendret" : state == .ours ? "erstattet" : "ny"))")
        }
    }

    func report(binDirectory: String, resources: Bool, corpusSource: String, location: IndexLocation, manifest: String, onPath: Bool) -> String {
        var lines = ["Installerte guide:"] + programLines
        if resources { lines.append("  \(binDirectory)/\(InstallSources.resourceFolder)/ (indeksererens ressursfiler)") }
        lines.append("  korpus: \(location.corpusPath) (fra \(corpusSource))")
        lines.append("  indeks: \(location.indexPath)")
        lines.append("  oversikt over guides egne filer: \(manifest)")
        lines.append("Filer: \(added) nye, \(replaced) erstattet, \(unchanged) uendret"
                     + (kept.isEmpty ? "." : ", \(kept.count) ikke guides og urørt."))
        if onPath {
            lines.append("\(binDirectory) er i PATH: skriv «guide search …» fra hvilken som helst mappe.")
        } else {
            lines += ["\(binDirectory) er ikke i PATH. Legg den til, for eksempel i ~/.profile:",
                      "  export PATH=\"\(binDirectory):$PATH\"",
                      "og åpne et nytt skall (eller kjør linjen over i dette)."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
